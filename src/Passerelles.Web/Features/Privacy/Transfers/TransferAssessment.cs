namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>What personal information may be shared across the ocean for: each existing sharing feature is one.</summary>
[Flags]
public enum TransferPurposes
{
    None = 0,
    CoIncubation = 1,
    Circles = 2,
    Missions = 4,
    Mobility = 8,
}

/// <summary>The assessment two controller organisations, one on each side, record before personal information crosses
/// between them: on the Québec side it is the privacy impact assessment (EFVP) Law 25 asks for a communication outside
/// Québec; on the EU side the safeguard is the standard contractual clauses, since the adequacy decision for Canada
/// covers neither a cégep nor a non-commercial non-profit. It covers the organisations each controller carries, down
/// the chain, and is current once approved until its review date has passed.</summary>
public class TransferAssessment : AuditedEntity
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid QuebecControllerId { get; set; }
    public Organisation QuebecController { get; set; } = null!;
    public Guid FranceControllerId { get; set; }
    public Organisation FranceController { get; set; } = null!;

    /// <summary>The personal information concerned, in the officers' words.</summary>
    public string DataConcerned { get; set; } = "";
    public TransferPurposes Purposes { get; set; }
    public string Safeguards { get; set; } = "";

    /// <summary>Whether the Québec controller's privacy impact assessment (EFVP) was carried out.</summary>
    public bool ImpactAssessmentDone { get; set; }

    /// <summary>Whether the standard contractual clauses were signed by both controllers.</summary>
    public bool StandardClausesSigned { get; set; }

    /// <summary>The written agreement between the two, when the agreements engine holds it.</summary>
    public Guid? AgreementId { get; set; }
    public Agreements.Agreement? Agreement { get; set; }

    public LocalDate ReviewOn { get; set; }
    public Instant? ApprovedAt { get; private set; }
    public Guid? ApprovedBy { get; private set; }

    /// <summary>The review date is over once that day has ended in Paris, the side whose day ends first.</summary>
    public static LocalDate Today(Instant now) => now.InZone(TimeZones.Get(TimeZones.France)).Date;

    public bool IsApproved => ApprovedAt is not null;

    public bool IsCurrent(Instant now) => IsApproved && Today(now) <= ReviewOn;

    /// <summary>Whether the assessment may be approved, as the key of the message that explains why not, or null.</summary>
    public string? CannotApprove() =>
        !ImpactAssessmentDone || !StandardClausesSigned ? "Both instruments are needed before approval: the EFVP on the Québec side and the standard contractual clauses on the EU side." : null;

    public void Approve(Instant at, Guid by)
    {
        if (CannotApprove() is { } problem) throw new InvalidOperationException(problem);
        ApprovedAt = at;
        ApprovedBy = by;
    }

    /// <summary>A change to what was assessed needs a new approval.</summary>
    public void Unapprove()
    {
        ApprovedAt = null;
        ApprovedBy = null;
    }
}

public sealed class TransferAssessmentConfiguration : IEntityTypeConfiguration<TransferAssessment>
{
    public void Configure(EntityTypeBuilder<TransferAssessment> builder)
    {
        builder.Ignore(a => a.IsApproved);
        builder.HasOne(a => a.QuebecController).WithMany().HasForeignKey(a => a.QuebecControllerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.FranceController).WithMany().HasForeignKey(a => a.FranceControllerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Agreement).WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(a => a.DataConcerned).HasMaxLength(TransferAssessment.TextMaxLength);
        builder.Property(a => a.Safeguards).HasMaxLength(TransferAssessment.TextMaxLength);
        builder.Property(a => a.Purposes).HasConversion<string>().HasMaxLength(80);
        builder.HasIndex(a => new { a.QuebecControllerId, a.FranceControllerId });
        builder.HasIndex(a => a.FranceControllerId);
    }
}
