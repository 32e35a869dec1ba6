namespace Passerelles.Web.Features.Projects;

public enum MilestoneKind { LegalCreation, FirstRevenue, FundsRaised, JobsCreated }

/// <summary>What funders count: the legal creation (form and registry number), the first revenue, funds raised
/// (amount and currency) and jobs created (in full-time equivalents). A milestone dated after today is planned.</summary>
public class Milestone : AuditedEntity
{
    public const int LegalFormMaxLength = 120;
    public const int NoteMaxLength = 1000;
    public const decimal MaxFte = 10_000m;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProjectId { get; set; }
    public MilestoneKind Kind { get; set; }
    public LocalDate On { get; set; }

    /// <summary>For a legal creation: the form taken (SCIC, OBNL, coopérative de solidarité…) and the SIREN or NEQ,
    /// digits only.</summary>
    public string LegalForm { get; set; } = "";
    public string RegistryNumber { get; set; } = "";

    /// <summary>For funds raised and first revenue: the amount, in <see cref="Currency"/> (CAD, EUR).</summary>
    public decimal? Amount { get; set; }
    public string Currency { get; set; } = "";

    /// <summary>For jobs created: full-time equivalents, to two decimals.</summary>
    public decimal? Fte { get; set; }
    public string Note { get; set; } = "";

    public bool IsPlanned(LocalDate today) => On > today;

    /// <summary>The rules a milestone obeys, as the field concerned and the key of the message that explains it. The
    /// registry number is checked by the rule of the project's side: SIREN in France, NEQ in Québec.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(
        MilestoneKind kind, Side side, string legalForm, string registryNumber, decimal? amount, string currency, decimal? fte)
    {
        switch (kind)
        {
            case MilestoneKind.LegalCreation:
                if (string.IsNullOrWhiteSpace(legalForm)) yield return (nameof(LegalForm), "Give the legal form the project took.");
                if (!string.IsNullOrWhiteSpace(registryNumber) && !RegistryNumbers.IsValid(registryNumber, side))
                    yield return (nameof(RegistryNumber), RegistryNumbers.ExpectedFormat(side));
                break;
            case MilestoneKind.FundsRaised when amount is null:
                yield return (nameof(Amount), "Give the amount raised.");
                break;
            case MilestoneKind.JobsCreated when fte is not { } jobs || jobs <= 0 || jobs > MaxFte || decimal.Round(jobs, 2) != jobs:
                yield return (nameof(Fte), "Give the jobs created in full-time equivalents, such as 1.5.");
                break;
        }
        if (amount is { } a)
        {
            if (a <= 0) yield return (nameof(Amount), "The amount must be more than zero.");
            if (!IsCurrency(currency)) yield return (nameof(Currency), "Give the currency as a three-letter code, such as CAD or EUR.");
        }
    }

    public static bool IsCurrency(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper);
}

public sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.Property(m => m.LegalForm).HasMaxLength(Milestone.LegalFormMaxLength);
        builder.Property(m => m.RegistryNumber).HasMaxLength(10);
        builder.Property(m => m.Amount).HasPrecision(14, 2);
        builder.Property(m => m.Currency).HasMaxLength(3);
        builder.Property(m => m.Fte).HasPrecision(7, 2);
        builder.Property(m => m.Note).HasMaxLength(Milestone.NoteMaxLength);
        builder.HasOne<Project>().WithMany(p => p.Milestones).HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ProjectId, m.On });
        builder.HasIndex(m => new { m.Kind, m.On });
    }
}
