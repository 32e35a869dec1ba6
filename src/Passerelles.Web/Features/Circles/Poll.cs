namespace Passerelles.Web.Features.Circles;

public enum PollAnswerKind { Yes, IfNeedBe, No }

/// <summary>An availability poll: the organiser proposes candidate times for a session, members answer for each, and
/// the organiser picks one, which becomes a session (<see cref="SessionId"/>) and closes the poll.</summary>
public class Poll : AuditedEntity
{
    public const int MaxOptions = 6;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CircleId { get; set; }
    public string Title { get; set; } = "";
    public string TimeZoneId { get; set; } = "";
    public int DurationMinutes { get; set; }
    public Guid? SessionId { get; set; }
    public List<PollOption> Options { get; set; } = [];

    public bool IsClosed => SessionId is not null;
}

public class PollOption
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PollId { get; set; }
    public Instant StartsAt { get; set; }
    public List<PollAnswer> Answers { get; set; } = [];
}

public class PollAnswer
{
    public Guid OptionId { get; set; }
    public Guid UserId { get; set; }
    public PollAnswerKind Answer { get; set; }
}

public sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(CircleSession.TitleMaxLength);
        builder.Property(p => p.TimeZoneId).HasMaxLength(64);
        builder.Ignore(p => p.IsClosed);
        builder.HasOne<Circle>().WithMany().HasForeignKey(p => p.CircleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CircleSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.PollId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PollOptionConfiguration : IEntityTypeConfiguration<PollOption>
{
    public void Configure(EntityTypeBuilder<PollOption> builder)
    {
        builder.HasMany(o => o.Answers).WithOne().HasForeignKey(a => a.OptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PollAnswerConfiguration : IEntityTypeConfiguration<PollAnswer>
{
    public void Configure(EntityTypeBuilder<PollAnswer> builder)
    {
        builder.HasKey(a => new { a.OptionId, a.UserId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
