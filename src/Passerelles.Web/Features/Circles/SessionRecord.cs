namespace Passerelles.Web.Features.Circles;

/// <summary>A decision taken in a session, in the words the circle agreed on.</summary>
public class SessionDecision : AuditedEntity
{
    public const int TextMaxLength = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>Something a member of the circle undertook to do in a session, by a date; it shows on their home page until done.</summary>
public class CircleAction : AuditedEntity
{
    public const int DescriptionMaxLength = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid SessionId { get; set; }
    public CircleSession Session { get; set; } = null!;
    public string Description { get; set; } = "";
    public Guid OwnerId { get; set; }
    public AppUser Owner { get; set; } = null!;
    public LocalDate DueOn { get; set; }
    public Instant? DoneAt { get; private set; }

    public void MarkDone(Instant at) => DoneAt ??= at;

    public void Reopen() => DoneAt = null;
}

/// <summary>Whether a member attended a session, and whether they consented to its being recorded.</summary>
public class SessionAttendance
{
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public bool Present { get; set; }
    public bool ConsentsToRecording { get; set; }
}

public sealed class SessionDecisionConfiguration : IEntityTypeConfiguration<SessionDecision>
{
    public void Configure(EntityTypeBuilder<SessionDecision> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(SessionDecision.TextMaxLength);
        builder.HasIndex(d => d.SessionId);
    }
}

public sealed class CircleActionConfiguration : IEntityTypeConfiguration<CircleAction>
{
    public void Configure(EntityTypeBuilder<CircleAction> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(CircleAction.DescriptionMaxLength);
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OwnerId, a.DueOn });
        builder.HasIndex(a => a.SessionId);
    }
}

public sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.HasKey(a => new { a.SessionId, a.UserId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
