namespace Passerelles.Web.Features.Missions;

/// <summary>An action decided at a visit: what, who answers for it (someone of the delegation), and by when. Its owner
/// is told by e-mail when it is given to them, and reminded once as it comes due (<see cref="FollowUpReminders"/>).</summary>
public class MissionFollowUp : AuditedEntity
{
    public const int TextMaxLength = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MissionId { get; set; }
    public Guid ItemId { get; set; }
    public string Text { get; set; } = "";
    public Guid OwnerId { get; set; }
    public AppUser Owner { get; set; } = null!;
    public LocalDate DueOn { get; set; }
    public Instant? DoneAt { get; set; }

    public bool IsDone => DoneAt is not null;

    public void MarkDone(Instant at) => DoneAt ??= at;

    public void Reopen() => DoneAt = null;
}

/// <summary>The reminder of a follow-up, claimed before its e-mail goes: its key, the follow-up, lets it exist once, so
/// the reminder goes out once even with two app instances on one database (<see cref="Circles.OnceOnly"/>).</summary>
public class SentFollowUpReminder
{
    public Guid FollowUpId { get; set; }
    public Instant ClaimedAt { get; set; }
}

public sealed class MissionFollowUpConfiguration : IEntityTypeConfiguration<MissionFollowUp>
{
    public void Configure(EntityTypeBuilder<MissionFollowUp> builder)
    {
        builder.Property(f => f.Text).HasMaxLength(MissionFollowUp.TextMaxLength);
        builder.Ignore(f => f.IsDone);
        builder.HasOne<Mission>().WithMany().HasForeignKey(f => f.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ItineraryItem>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Owner).WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.MissionId, f.DueOn });
        builder.HasIndex(f => new { f.OwnerId, f.DoneAt, f.DueOn });
        builder.HasIndex(f => f.ItemId);
    }
}

public sealed class SentFollowUpReminderConfiguration : IEntityTypeConfiguration<SentFollowUpReminder>
{
    public void Configure(EntityTypeBuilder<SentFollowUpReminder> builder)
    {
        builder.HasKey(r => r.FollowUpId);
        builder.HasOne<MissionFollowUp>().WithOne().HasForeignKey<SentFollowUpReminder>(r => r.FollowUpId).OnDelete(DeleteBehavior.Cascade);
    }
}
