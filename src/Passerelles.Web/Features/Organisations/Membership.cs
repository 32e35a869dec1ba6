namespace Passerelles.Web.Features.Organisations;

public enum MemberRole
{
    OrganisationAdministrator,
    Coach,
    ProjectMember,
    PartnerGuest,
}

/// <summary>A person's place in one organisation. A person may belong to several.</summary>
public class Membership : AuditedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public MemberRole Role { get; set; }
}

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(m => new { m.OrganisationId, m.UserId }).IsUnique();
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.User).WithMany(u => u.Memberships).HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
