namespace Passerelles.Web.Features.Privacy;

/// <summary>The person an organisation designates to answer for its personal data: the "responsable de la protection
/// des renseignements personnels" (RPRP) under Québec's Law 25, the "délégué à la protection des données" (DPO) under
/// the GDPR. The side of the organisation says which. One per organisation; the contact is published on the
/// organisation's privacy page, so it is a role address and name as the organisation chooses to publish them.</summary>
public class PrivacyOfficer : AuditedEntity
{
    public const int ContactMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    /// <summary>The account that answers requests, receives reminders and keeps the registers.</summary>
    public Guid UserId { get; set; }

    /// <summary>The name published as the contact ("Direction générale, CERESO").</summary>
    public string ContactName { get; set; } = "";

    /// <summary>The address people write to; it may be a role address rather than the officer's own.</summary>
    public string ContactEmail { get; set; } = "";

    /// <summary>A postal address for requests by mail; optional.</summary>
    public string ContactAddress { get; set; } = "";
}

public sealed class PrivacyOfficerConfiguration : IEntityTypeConfiguration<PrivacyOfficer>
{
    public void Configure(EntityTypeBuilder<PrivacyOfficer> builder)
    {
        builder.HasOne(o => o.Organisation).WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.OrganisationId).IsUnique();
        builder.HasIndex(o => o.UserId);
        builder.Property(o => o.ContactName).HasMaxLength(PrivacyOfficer.ContactMaxLength);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.ContactAddress).HasMaxLength(PrivacyOfficer.ContactMaxLength);
    }
}
