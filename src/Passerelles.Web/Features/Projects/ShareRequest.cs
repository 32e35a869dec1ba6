namespace Passerelles.Web.Features.Projects;

/// <summary>An incubator's request to share one of its projects with a partner incubator. Nothing is shared until a
/// member of the project team consents; the request then becomes a <see cref="ProjectShare"/> and is closed. It is
/// also closed when the team declines it or the incubator withdraws it.</summary>
public class ShareRequest
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProjectId { get; set; }
    public Guid PartnerIncubatorId { get; set; }
    public Organisation PartnerIncubator { get; set; } = null!;
    public Guid? RequestedBy { get; set; }
    public Instant RequestedAt { get; set; }
    public Instant? ClosedAt { get; private set; }
    public Guid? ClosedBy { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public void Close(Instant at, Guid? by)
    {
        if (!IsOpen) return;
        ClosedAt = at;
        ClosedBy = by;
    }
}

public sealed class ShareRequestConfiguration : IEntityTypeConfiguration<ShareRequest>
{
    public void Configure(EntityTypeBuilder<ShareRequest> builder)
    {
        builder.Ignore(r => r.IsOpen);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.PartnerIncubator).WithMany().HasForeignKey(r => r.PartnerIncubatorId).OnDelete(DeleteBehavior.Restrict);
        // One open request per partner: asking again after an answer makes a new record.
        builder.HasIndex(r => new { r.ProjectId, r.PartnerIncubatorId }).IsUnique().HasFilter("\"ClosedAt\" IS NULL");
    }
}
