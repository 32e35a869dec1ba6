namespace Passerelles.Web.Features.Missions;

public enum CostCategory { Travel, Accommodation, Meals, LocalTransport, RegistrationFees, Other }

/// <summary>What a mission spent on one thing, in CAD or EUR, with the exchange rate of that day as the person read it
/// ("1 EUR = x CAD"), so that every item converts with its own rate and the totals hold in both currencies. Amounts
/// and rates are decimals, stored as the app stores money (<see cref="Projects.Milestone.Amount"/>): exact on
/// PostgreSQL's numeric and on SQLite, which keeps decimals as text.</summary>
public class MissionCost : AuditedEntity
{
    public const int LabelMaxLength = 200;
    public const string Canadian = "CAD";
    public const string Euro = "EUR";
    public static readonly IReadOnlyList<string> Currencies = [Canadian, Euro];

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MissionId { get; set; }
    public string Label { get; set; } = "";
    public CostCategory Category { get; set; }
    public LocalDate SpentOn { get; set; }
    public decimal Amount { get; set; }

    /// <summary><see cref="Canadian"/> or <see cref="Euro"/>.</summary>
    public string Currency { get; set; } = Canadian;

    /// <summary>How many Canadian dollars one euro was worth that day.</summary>
    public decimal CadPerEur { get; set; }

    /// <summary>The organisation of the directory the item is charged to, if any.</summary>
    public Guid? FunderId { get; set; }
    public Organisation? Funder { get; set; }

    /// <summary>The amount in Canadian dollars, to the cent.</summary>
    public decimal InCad => Currency == Canadian ? Amount : Cents(Amount * CadPerEur);

    /// <summary>The amount in euros, to the cent.</summary>
    public decimal InEur => Currency == Euro ? Amount : Cents(Amount / CadPerEur);

    /// <summary>An amount of a mission's accounts in the reader's language, always to the cent: "25 000,00 $" in fr-CA.</summary>
    public static string Format(decimal amount, string currency) => Money.Format(amount, currency, System.Globalization.CultureInfo.CurrentCulture, cents: true);

    private static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}

public sealed class MissionCostConfiguration : IEntityTypeConfiguration<MissionCost>
{
    public void Configure(EntityTypeBuilder<MissionCost> builder)
    {
        builder.Property(c => c.Label).HasMaxLength(MissionCost.LabelMaxLength);
        builder.Property(c => c.Amount).HasPrecision(14, 2);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.CadPerEur).HasPrecision(12, 6);
        builder.Ignore(c => c.InCad);
        builder.Ignore(c => c.InEur);
        builder.HasOne<Mission>().WithMany().HasForeignKey(c => c.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Funder).WithMany().HasForeignKey(c => c.FunderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.MissionId, c.SpentOn });
        builder.HasIndex(c => c.FunderId);
    }
}

/// <summary>The costs of a mission added up: in each currency (each item converted with its own rate) and per funder.</summary>
public sealed record CostTotals(decimal Cad, decimal Eur, IReadOnlyList<CostTotals.ForFunder> Funders)
{
    /// <summary>What is charged to one funder; <see cref="Name"/> is null for the items charged to none.</summary>
    public sealed record ForFunder(string? Name, decimal Cad, decimal Eur);

    public static CostTotals Of(IReadOnlyCollection<MissionCost> costs) => new(
        costs.Sum(c => c.InCad), costs.Sum(c => c.InEur),
        costs.GroupBy(c => c.Funder?.Name)
            .Select(g => new ForFunder(g.Key, g.Sum(c => c.InCad), g.Sum(c => c.InEur)))
            .OrderBy(f => f.Name is null).ThenBy(f => f.Name, StringComparer.CurrentCulture).ToList());
}
