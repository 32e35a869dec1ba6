namespace Passerelles.Web.Features.Projects;

/// <summary>An individual session coaches one project; a collective one gathers several.</summary>
public enum CoachingKind { Individual, Collective }

/// <summary>A coaching session logged by an incubator (its own, or a partner's coach on a shared project): when, in the
/// organiser's zone, for how long, by which coach, for which projects, with whom, about what, and the actions agreed.</summary>
public class CoachingSession : AuditedEntity
{
    public const int TopicsMaxLength = 500;
    public const int NotesMaxLength = 8000;
    public const int MaxDurationMinutes = 24 * 60;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The incubator that logged the session and counts its hours.</summary>
    public Guid IncubatorId { get; set; }
    public Organisation Incubator { get; set; } = null!;
    public CoachingKind Kind { get; set; }
    public Instant StartsAt { get; private set; }

    /// <summary>The IANA zone of the organiser; times are shown in it and in the viewer's (two-time-zone component).</summary>
    public string TimeZoneId { get; private set; } = "";
    public int DurationMinutes { get; set; }
    public Guid CoachId { get; set; }
    public AppUser Coach { get; set; } = null!;
    public string Topics { get; set; } = "";

    /// <summary>In Markdown; rendered through the sanitiser.</summary>
    public string Notes { get; set; } = "";

    public List<CoachingSessionProject> Projects { get; set; } = [];
    public List<CoachingParticipant> Participants { get; set; } = [];
    public List<CoachingAction> Actions { get; set; } = [];

    public Instant EndsAt => StartsAt + Duration.FromMinutes(DurationMinutes);

    public decimal Hours => DurationMinutes / 60m;

    /// <summary>Sets when the session takes place; the projects' copies of the time, used to list a project's sessions
    /// in order, follow.</summary>
    public void ScheduleAt(Instant startsAt, string timeZoneId)
    {
        StartsAt = startsAt;
        TimeZoneId = timeZoneId;
        foreach (var project in Projects) project.StartsAt = startsAt;
    }

    public void AddProject(Guid projectId)
    {
        if (Projects.Any(p => p.ProjectId == projectId)) return;
        Projects.Add(new CoachingSessionProject { SessionId = Id, ProjectId = projectId, StartsAt = StartsAt });
    }

    /// <summary>The rules every session obeys, as the field concerned and the key of the message that explains it.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(CoachingKind kind, int projectCount, int durationMinutes)
    {
        if (projectCount == 0) yield return (nameof(Projects), "A session coaches at least one project.");
        else if (kind == CoachingKind.Individual && projectCount > 1) yield return (nameof(Projects), "An individual session coaches one project; choose a collective session for several.");
        if (durationMinutes is <= 0 or > MaxDurationMinutes) yield return (nameof(DurationMinutes), "The duration is a number of minutes between 1 and 1440.");
    }
}

/// <summary>A project a session coached. The session's start is copied here so a project's sessions are found and
/// ordered by one index (project, time).</summary>
public class CoachingSessionProject
{
    public Guid SessionId { get; set; }
    public Guid ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public Instant StartsAt { get; set; }
}

/// <summary>Someone who took part in a session: a person with an account, or a name typed in.</summary>
public class CoachingParticipant
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public Guid? UserId { get; set; }
    public AppUser? User { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>Something agreed in a session for one project, owned by one person and due on a date; it shows on its
/// owner's dashboard until done.</summary>
public class CoachingAction : AuditedEntity
{
    public const int DescriptionMaxLength = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }

    /// <summary>The incubator of the session, kept on the action so that an incubator's open actions are read
    /// earliest due first straight from one index (the staff dashboard's overdue list).</summary>
    public Guid IncubatorId { get; set; }
    public Guid ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public string Description { get; set; } = "";
    public Guid OwnerId { get; set; }
    public AppUser Owner { get; set; } = null!;
    public LocalDate DueOn { get; set; }
    public Instant? DoneAt { get; private set; }

    public bool IsDone => DoneAt is not null;

    public void MarkDone(Instant at) => DoneAt ??= at;

    public void Reopen() => DoneAt = null;
}

public sealed class CoachingSessionConfiguration : IEntityTypeConfiguration<CoachingSession>
{
    public void Configure(EntityTypeBuilder<CoachingSession> builder)
    {
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.Topics).HasMaxLength(CoachingSession.TopicsMaxLength);
        builder.Property(s => s.Notes).HasMaxLength(CoachingSession.NotesMaxLength);
        builder.Ignore(s => s.EndsAt);
        builder.Ignore(s => s.Hours);
        builder.HasOne(s => s.Incubator).WithMany().HasForeignKey(s => s.IncubatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Coach).WithMany().HasForeignKey(s => s.CoachId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Projects).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Participants).WithOne().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Actions).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        // Kind and duration too, so that the hours of a period (the indicators) are summed from the index alone.
        builder.HasIndex(s => new { s.IncubatorId, s.StartsAt, s.Kind, s.DurationMinutes });
        builder.HasIndex(s => new { s.CoachId, s.StartsAt });
        builder.ToTable(t => t.HasCheckConstraint("CK_CoachingSessions_Duration", $"\"DurationMinutes\" > 0 AND \"DurationMinutes\" <= {CoachingSession.MaxDurationMinutes}"));
    }
}

public sealed class CoachingSessionProjectConfiguration : IEntityTypeConfiguration<CoachingSessionProject>
{
    public void Configure(EntityTypeBuilder<CoachingSessionProject> builder)
    {
        builder.ToTable("CoachingSessionProjects");
        builder.HasKey(p => new { p.SessionId, p.ProjectId });
        builder.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProjectId, p.StartsAt });
        // The projects coached in a period, as one range (the network's indicators).
        builder.HasIndex(p => new { p.StartsAt, p.ProjectId });
    }
}

public sealed class CoachingParticipantConfiguration : IEntityTypeConfiguration<CoachingParticipant>
{
    public void Configure(EntityTypeBuilder<CoachingParticipant> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(CoachingParticipant.NameMaxLength);
        builder.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.SessionId);
        builder.HasIndex(p => p.UserId);
    }
}

public sealed class CoachingActionConfiguration : IEntityTypeConfiguration<CoachingAction>
{
    public void Configure(EntityTypeBuilder<CoachingAction> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(CoachingAction.DescriptionMaxLength);
        builder.Ignore(a => a.IsDone);
        builder.HasOne(a => a.Project).WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OwnerId, a.DueOn });
        builder.HasIndex(a => new { a.ProjectId, a.DueOn });
        builder.HasIndex(a => a.SessionId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.IncubatorId).OnDelete(DeleteBehavior.Restrict);
        // An incubator's open actions by due date: the staff dashboard reads them earliest first and stops at the few it shows.
        builder.HasIndex(a => new { a.IncubatorId, a.DueOn }).HasFilter("\"DoneAt\" IS NULL").HasDatabaseName("IX_CoachingActions_Open_IncubatorId_DueOn");
    }
}
