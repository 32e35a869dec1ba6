namespace Passerelles.Web.Features.Funding;

/// <summary>None, or the FFQCD's rule: each side's own contribution is at least the grant.</summary>
public enum CoFundingRule { None, EachSideAtLeastGrant }

/// <summary>A funder's programme (the FFQCD, LOJIQ's mobility programme, Parcours numérique Québec-France); the funder
/// is an organisation of the directory.</summary>
public class FundingProgramme
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid FunderId { get; set; }
    public Organisation Funder { get; set; } = null!;
    public string Name { get; set; } = "";
}

/// <summary>A grant from a funder's programme to a beneficiary (and, for a grant to the partnership, the beneficiary on
/// the other side), in CAD or EUR, for a period. Amounts are whole minor units (cents) in the grant's currency.</summary>
public class Grant : AuditedEntity
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Title { get; set; } = "";
    public Guid FunderId { get; set; }
    public Organisation Funder { get; set; } = null!;
    public Guid ProgrammeId { get; set; }
    public FundingProgramme Programme { get; set; } = null!;
    public long AmountMinor { get; set; }
    public string Currency { get; set; } = MoneyAmount.Canadian;
    public LocalDate StartsOn { get; set; }
    public LocalDate EndsOn { get; set; }
    public Guid BeneficiaryId { get; set; }
    public Organisation Beneficiary { get; set; } = null!;

    /// <summary>For a grant to the partnership, the beneficiary on the other side.</summary>
    public Guid? PartnerBeneficiaryId { get; set; }
    public Organisation? PartnerBeneficiary { get; set; }
    public CoFundingRule CoFundingRule { get; set; }

    public List<BudgetLine> Lines { get; set; } = [];
    public List<ReportingDeadline> Deadlines { get; set; } = [];

    public MoneyAmount Amount => new(AmountMinor, Currency);
}

/// <summary>What a grant plans to spend on one thing, in the grant's currency.</summary>
public class BudgetLine
{
    public const int LabelMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GrantId { get; set; }
    public string Label { get; set; } = "";
    public long PlannedMinor { get; set; }
}

/// <summary>A report owed to the funder on a date, reminded once by e-mail to the people responsible for it.</summary>
public class ReportingDeadline
{
    public const int LabelMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GrantId { get; set; }
    public LocalDate DueOn { get; set; }
    public string Label { get; set; } = "";
    public List<DeadlineResponsible> Responsible { get; set; } = [];
}

public class DeadlineResponsible
{
    public Guid DeadlineId { get; set; }
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
}

/// <summary>The claim of a deadline's reminder: one row per deadline and person, inserted before the e-mail goes.</summary>
public class SentDeadlineReminder
{
    public Guid DeadlineId { get; set; }
    public Guid UserId { get; set; }
    public Instant ClaimedAt { get; set; }
}

public enum EntryKind { Expense, Contribution }

/// <summary>An expense, or a co-funding contribution of one of the beneficiaries, against a budget line: in CAD or EUR
/// with the rate of its day, so that every entry converts with its own rate. A receipt may be attached.</summary>
public class GrantEntry : AuditedEntity
{
    public const int LabelMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GrantId { get; set; }
    public Guid BudgetLineId { get; set; }
    public BudgetLine BudgetLine { get; set; } = null!;
    public EntryKind Kind { get; set; }
    public string Label { get; set; } = "";
    public LocalDate On { get; set; }
    public long AmountMinor { get; set; }
    public string Currency { get; set; } = MoneyAmount.Canadian;

    /// <summary>How many Canadian dollars one euro was worth that day.</summary>
    public decimal CadPerEur { get; set; }

    /// <summary>For a contribution, the beneficiary that made it (its side is the side it counts for).</summary>
    public Guid? ContributorId { get; set; }
    public Organisation? Contributor { get; set; }

    public string? ReceiptFileName { get; set; }
    public string? ReceiptContentType { get; set; }
    public string? ReceiptStoredName { get; set; }

    public MoneyAmount Amount => new(AmountMinor, Currency);
}

/// <summary>A day's exchange rate, imported from a CSV of daily rates.</summary>
public class ExchangeRate
{
    public LocalDate On { get; set; }
    public decimal CadPerEur { get; set; }
}

public sealed class FundingProgrammeConfiguration : IEntityTypeConfiguration<FundingProgramme>
{
    public void Configure(EntityTypeBuilder<FundingProgramme> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FundingProgramme.NameMaxLength);
        builder.HasOne(p => p.Funder).WithMany().HasForeignKey(p => p.FunderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.FunderId, p.Name }).IsUnique();
    }
}

public sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.Property(g => g.Title).HasMaxLength(Grant.TitleMaxLength);
        builder.Property(g => g.Currency).HasMaxLength(3);
        builder.Property(g => g.CoFundingRule).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(g => g.Amount);
        builder.HasOne(g => g.Funder).WithMany().HasForeignKey(g => g.FunderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Programme).WithMany().HasForeignKey(g => g.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Beneficiary).WithMany().HasForeignKey(g => g.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.PartnerBeneficiary).WithMany().HasForeignKey(g => g.PartnerBeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Lines).WithOne().HasForeignKey(l => l.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Deadlines).WithOne().HasForeignKey(d => d.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.BeneficiaryId);
        builder.HasIndex(g => g.PartnerBeneficiaryId);
    }
}

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.Property(l => l.Label).HasMaxLength(BudgetLine.LabelMaxLength);
    }
}

public sealed class ReportingDeadlineConfiguration : IEntityTypeConfiguration<ReportingDeadline>
{
    public void Configure(EntityTypeBuilder<ReportingDeadline> builder)
    {
        builder.Property(d => d.Label).HasMaxLength(ReportingDeadline.LabelMaxLength);
        builder.HasMany(d => d.Responsible).WithOne().HasForeignKey(r => r.DeadlineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.DueOn);
    }
}

public sealed class DeadlineResponsibleConfiguration : IEntityTypeConfiguration<DeadlineResponsible>
{
    public void Configure(EntityTypeBuilder<DeadlineResponsible> builder)
    {
        builder.HasKey(r => new { r.DeadlineId, r.UserId });
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SentDeadlineReminderConfiguration : IEntityTypeConfiguration<SentDeadlineReminder>
{
    public void Configure(EntityTypeBuilder<SentDeadlineReminder> builder)
    {
        builder.HasKey(r => new { r.DeadlineId, r.UserId });
        builder.HasOne<ReportingDeadline>().WithMany().HasForeignKey(r => r.DeadlineId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class GrantEntryConfiguration : IEntityTypeConfiguration<GrantEntry>
{
    public void Configure(EntityTypeBuilder<GrantEntry> builder)
    {
        builder.Property(e => e.Label).HasMaxLength(GrantEntry.LabelMaxLength);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.CadPerEur).HasPrecision(12, 6);
        builder.Property(e => e.ReceiptFileName).HasMaxLength(200);
        builder.Property(e => e.ReceiptContentType).HasMaxLength(100);
        builder.Property(e => e.ReceiptStoredName).HasMaxLength(64);
        builder.Ignore(e => e.Amount);
        builder.HasOne<Grant>().WithMany().HasForeignKey(e => e.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.BudgetLine).WithMany().HasForeignKey(e => e.BudgetLineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Contributor).WithMany().HasForeignKey(e => e.ContributorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.GrantId, e.On });
        builder.HasIndex(e => e.BudgetLineId);
    }
}

public sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.HasKey(r => r.On);
        builder.Property(r => r.CadPerEur).HasPrecision(12, 6);
    }
}
