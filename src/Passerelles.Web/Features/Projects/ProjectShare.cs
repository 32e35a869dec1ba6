namespace Passerelles.Web.Features.Projects;

/// <summary>A project shared by its incubator with a partner incubator, on the explicit consent of a member of its
/// team (recorded with when it was given). While it stands, the partner's coaches see the project and log sessions;
/// once revoked, they no longer see it. The record stays as the proof.</summary>
public class ProjectShare
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public Guid PartnerIncubatorId { get; set; }
    public Organisation PartnerIncubator { get; set; } = null!;
    public Guid ConsentGivenByMemberId { get; set; }
    public ProjectMember ConsentGivenBy { get; set; } = null!;
    public Instant ConsentRecordedAt { get; set; }
    public Guid? SharedBy { get; set; }
    public Instant SharedAt { get; set; }
    public Guid? RevokedBy { get; private set; }
    public Instant? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke(Instant at, Guid? by)
    {
        if (!IsActive) return;
        RevokedAt = at;
        RevokedBy = by;
    }
}

public sealed class ProjectShareConfiguration : IEntityTypeConfiguration<ProjectShare>
{
    public void Configure(EntityTypeBuilder<ProjectShare> builder)
    {
        builder.Ignore(s => s.IsActive);
        builder.HasOne(s => s.Project).WithMany(p => p.Shares).HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.PartnerIncubator).WithMany().HasForeignKey(s => s.PartnerIncubatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.ConsentGivenBy).WithMany().HasForeignKey(s => s.ConsentGivenByMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PartnerIncubatorId, s.RevokedAt });
        // One standing share per partner: sharing again after a revocation makes a new record.
        builder.HasIndex(s => new { s.ProjectId, s.PartnerIncubatorId }).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
    }
}
