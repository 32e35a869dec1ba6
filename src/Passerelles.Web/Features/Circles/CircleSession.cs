namespace Passerelles.Web.Features.Circles;

/// <summary>A meeting of a circle: when (an instant, with the organiser's zone it was planned in), for how long, about
/// what. Its <see cref="Sequence"/> is the iCalendar SEQUENCE: every change sent to calendars raises it, so calendars
/// take the newest version.</summary>
public class CircleSession : AuditedEntity
{
    public const int TitleMaxLength = 200;
    public const int AgendaMaxLength = 8000;
    public const int MaxDurationMinutes = 8 * 60;
    public const int NotesMaxLength = 20000;
    public const int RecordingUrlMaxLength = 500;
    public const int VideoUrlMaxLength = 500;
    public const string RecordingNeedsConsent = "A recording can be added only when every attendee present has consented to it.";

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CircleId { get; set; }
    public Circle Circle { get; set; } = null!;

    /// <summary>The series the session was planned in, if any; a session of a series can still be changed alone.</summary>
    public Guid? SeriesId { get; set; }
    public SessionSeries? Series { get; set; }

    /// <summary>For a session of a series, the start its series' rule gives it (before any move for the side keeping its
    /// hour or any later change): its iCalendar RECURRENCE-ID within the series' recurring event.</summary>
    public Instant? RecurrenceId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>In Markdown; rendered through the sanitiser.</summary>
    public string Agenda { get; set; } = "";

    /// <summary>The shared notes taken while the session runs, in Markdown; rendered through the sanitiser.</summary>
    public string Notes { get; set; } = "";

    /// <summary>The link to the recording, kept only with the consent of every attendee present (see
    /// <see cref="RecordingAllowed"/>).</summary>
    public string? RecordingUrl { get; private set; }

    /// <summary>Where the session is held online: an https address, shown as a link and put in the calendar's LOCATION.</summary>
    public string? VideoUrl { get; set; }

    public List<SessionDecision> Decisions { get; set; } = [];
    public List<CircleAction> Actions { get; set; } = [];
    public List<SessionAttendance> Attendance { get; set; } = [];

    /// <summary>The attendees present of each side when retention anonymised the circle and removed its attendance, so
    /// that attendance still counts; 0 otherwise.</summary>
    public int AnonymousPresentQuebec { get; set; }
    public int AnonymousPresentFrance { get; set; }

    public Instant StartsAt { get; private set; }

    /// <summary>The organiser's IANA zone, in which the session was planned.</summary>
    public string TimeZoneId { get; private set; } = "";
    public int DurationMinutes { get; private set; }
    public int Sequence { get; private set; }
    public Instant? CancelledAt { get; private set; }

    public bool IsCancelled => CancelledAt is not null;
    public Instant EndsAt => StartsAt + Duration.FromMinutes(DurationMinutes);
    public bool InOffsetWeek => OffsetWeeks.Contains(StartsAt);

    /// <summary>Sets when the session takes place; a change of an already planned session raises the sequence.</summary>
    public void Schedule(Instant startsAt, string timeZoneId, int durationMinutes)
    {
        if (startsAt == StartsAt && timeZoneId == TimeZoneId && durationMinutes == DurationMinutes) return;
        if (TimeZoneId != "") Sequence++;
        StartsAt = startsAt;
        TimeZoneId = timeZoneId;
        DurationMinutes = durationMinutes;
    }

    /// <summary>Marks a change of title or agenda that calendars should pick up.</summary>
    public void Revise() => Sequence++;

    /// <summary>Whether a recording may be kept: at least one attendee is present and every one present consented.</summary>
    public static bool RecordingAllowed(IEnumerable<SessionAttendance> attendance)
    {
        var present = attendance.Where(a => a.Present).ToList();
        return present.Count > 0 && present.All(a => a.ConsentsToRecording);
    }

    /// <summary>Sets or removes the recording link; refused (false) when setting one without everyone's consent.</summary>
    public bool SetRecording(string? url)
    {
        if (url is not null && !RecordingAllowed(Attendance)) return false;
        RecordingUrl = url;
        return true;
    }

    public void Cancel(Instant at)
    {
        if (CancelledAt is not null) return;
        CancelledAt = at;
        Sequence++;
    }
}

/// <summary>A recurring plan of sessions, in the organiser's zone; its occurrences are planned as sessions at once.
/// In the weeks when Montréal and Paris are 5 hours apart, <see cref="KeepsItsHour"/> says which side keeps its
/// usual hour (see <see cref="SeriesOccurrences"/>).</summary>
public class SessionSeries : AuditedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CircleId { get; set; }
    public string Title { get; set; } = "";
    public LocalDate FirstDate { get; set; }
    public LocalTime Time { get; set; }
    public string TimeZoneId { get; set; } = "";
    public int DurationMinutes { get; set; }
    public Recurrence Recurrence { get; set; }
    public int? Count { get; set; }
    public LocalDate? Until { get; set; }
    public Side KeepsItsHour { get; set; }

    public SeriesRule Rule => new(FirstDate, Time, TimeZoneId, Recurrence, Count, Until, KeepsItsHour);
}

public enum RsvpAnswer { Yes, Maybe, No }

/// <summary>A member's answer to a session's invitation: coming, maybe, or not; one per member and session, changed at
/// will. The organiser sees them all, and who has not answered.</summary>
public class SessionRsvp
{
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public RsvpAnswer Answer { get; set; }
    public Instant AnsweredAt { get; set; }
}

public sealed class SessionRsvpConfiguration : IEntityTypeConfiguration<SessionRsvp>
{
    public void Configure(EntityTypeBuilder<SessionRsvp> builder)
    {
        builder.HasKey(r => new { r.SessionId, r.UserId });
        builder.Property(r => r.Answer).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<CircleSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Features.Account.AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CircleSessionConfiguration : IEntityTypeConfiguration<CircleSession>
{
    public void Configure(EntityTypeBuilder<CircleSession> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(CircleSession.TitleMaxLength);
        builder.Property(s => s.Agenda).HasMaxLength(CircleSession.AgendaMaxLength);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.Notes).HasMaxLength(CircleSession.NotesMaxLength);
        builder.Property(s => s.RecordingUrl).HasMaxLength(CircleSession.RecordingUrlMaxLength);
        builder.Property(s => s.VideoUrl).HasMaxLength(CircleSession.VideoUrlMaxLength);
        builder.HasMany(s => s.Decisions).WithOne().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Actions).WithOne(a => a.Session).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.IsCancelled);
        builder.Ignore(s => s.EndsAt);
        builder.Ignore(s => s.InOffsetWeek);
        builder.HasOne(s => s.Circle).WithMany().HasForeignKey(s => s.CircleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Series).WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.CircleId, s.StartsAt });
        builder.HasIndex(s => s.SeriesId);
        builder.ToTable(t => t.HasCheckConstraint("CK_CircleSessions_Duration", $"\"DurationMinutes\" > 0 AND \"DurationMinutes\" <= {CircleSession.MaxDurationMinutes}"));
    }
}

public sealed class SessionSeriesConfiguration : IEntityTypeConfiguration<SessionSeries>
{
    public void Configure(EntityTypeBuilder<SessionSeries> builder)
    {
        builder.ToTable("SessionSeries");
        builder.Property(s => s.Title).HasMaxLength(CircleSession.TitleMaxLength);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.Time).HasConversion(t => t.ToTimeOnly(), t => LocalTime.FromTimeOnly(t));
        builder.Ignore(s => s.Rule);
        builder.HasOne<Circle>().WithMany().HasForeignKey(s => s.CircleId).OnDelete(DeleteBehavior.Cascade);
    }
}
