namespace Passerelles.Web.Features.Organisations;

public enum ProposalStatus { Pending, Approved, Rejected }

/// <summary>A change to an organisation's profile proposed by someone who does not administer it. Nothing changes
/// until one of its administrators approves it.</summary>
public class ChangeProposal : AuditedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public Guid ProposedBy { get; set; }

    /// <summary>The proposed values, as JSON of the edit form; the version of the organisation it was based on
    /// lets approval detect that the organisation changed meanwhile.</summary>
    public string Changes { get; set; } = "";
    public int BasedOnVersion { get; set; }
    public ProposalStatus Status { get; set; } = ProposalStatus.Pending;
    public Guid? DecidedBy { get; set; }
    public Instant? DecidedAt { get; set; }
    public string DecisionNote { get; set; } = "";
}

public sealed class ChangeProposalConfiguration : IEntityTypeConfiguration<ChangeProposal>
{
    public void Configure(EntityTypeBuilder<ChangeProposal> builder)
    {
        builder.Property(p => p.DecisionNote).HasMaxLength(1000);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.OrganisationId, p.Status });
    }
}
