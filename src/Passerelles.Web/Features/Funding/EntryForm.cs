using Passerelles.Web.Infrastructure.Files;
namespace Passerelles.Web.Features.Funding;

/// <summary>An expense or a contribution as typed: a budget line of the grant, a date within the grant's period, an
/// amount above zero and to the cent, CAD or EUR, and the rate of the day — typed, or else the one imported for that
/// date. A contribution names the beneficiary that made it. A receipt may come with it (PDF, JPEG or PNG, 10 MB at most).</summary>
public sealed class EntryForm : AmountFields
{
    public static readonly IReadOnlyCollection<string> ReceiptExtensions = [".pdf", ".jpg", ".png"];

    public const string ReceiptRefused = "The receipt must be a PDF, JPEG or PNG file, and its content must match its extension.";

    public const decimal MaxRate = 1_000m;

    [Required]
    [StringLength(GrantEntry.LabelMaxLength)]
    [Display(Name = "Label")]
    public string? Label { get; set; }

    [Required(ErrorMessage = "Choose a budget line.")]
    [Display(Name = "Budget line")]
    public Guid? BudgetLineId { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Date")]
    public DateOnly? On { get; set; }

    [Display(Name = "Exchange rate of the day (1 EUR = x CAD)")]
    public decimal? CadPerEur { get; set; }

    [Display(Name = "Contributed by")]
    public Guid? ContributorId { get; set; }

    [Display(Name = "Receipt (PDF, JPEG or PNG, 10 MB at most)")]
    public IFormFile? Receipt { get; set; }

    /// <summary>The version of the entry the form was filled in from, when correcting one.</summary>
    public int Version { get; set; }

    public static EntryForm From(GrantEntry entry) => new()
    {
        Label = entry.Label, BudgetLineId = entry.BudgetLineId, On = entry.On.ToDateOnly(), Amount = entry.Amount.Value,
        Currency = entry.Currency, CadPerEur = entry.CadPerEur, ContributorId = entry.ContributorId, Version = entry.Version,
    };

    /// <summary>Adds, next to each field, what the rules refuse; fills in the imported rate when none was typed.</summary>
    public async Task CheckAsync(AppDbContext db, Grant grant, EntryKind kind, ModelStateDictionary state, IStringLocalizer t)
    {
        if (BudgetLineId is { } line && grant.Lines.All(l => l.Id != line))
            state.AddModelError("Input.BudgetLineId", t["Choose one of the values in the list."]);
        if (On is { } on && (LocalDate.FromDateOnly(on) < grant.StartsOn || LocalDate.FromDateOnly(on) > grant.EndsOn))
            state.AddModelError("Input.On", t["The date must fall within the grant's period ({0} to {1}).", Long(grant.StartsOn), Long(grant.EndsOn)]);
        MoneyAmount.Check(Amount, Currency, state, t);
        if (CadPerEur is { } rate && (rate <= 0 || rate >= MaxRate || decimal.Round(rate, 6) != rate))
            state.AddModelError("Input.CadPerEur", t["The exchange rate must be more than zero, with at most 6 decimals."]);
        else if (CadPerEur is null && On is { } day && state.GetFieldValidationState("Input.On") != ModelValidationState.Invalid)
        {
            var date = LocalDate.FromDateOnly(day);
            CadPerEur = await db.ExchangeRates.Where(r => r.On == date).Select(r => (decimal?)r.CadPerEur).SingleOrDefaultAsync();
            if (CadPerEur is null) state.AddModelError("Input.CadPerEur", t["No rate was imported for that date: give the rate of the day."]);
        }
        if (kind == EntryKind.Contribution && (ContributorId is not { } contributor || !GrantStatus.SidesOf(grant).ContainsKey(contributor)))
            state.AddModelError("Input.ContributorId", t["Choose the beneficiary that contributed."]);
    }

    public void ApplyTo(GrantEntry entry, EntryKind kind)
    {
        entry.Kind = kind;
        entry.Label = Label!.Trim();
        entry.BudgetLineId = BudgetLineId!.Value;
        entry.On = LocalDate.FromDateOnly(On!.Value);
        entry.Currency = Currency!;
        entry.AmountMinor = MoneyAmount.FromDecimal(Amount!.Value, Currency!)!.Value.Minor;
        entry.CadPerEur = CadPerEur!.Value;
        entry.ContributorId = kind == EntryKind.Contribution ? ContributorId : null;
    }

    private static string Long(LocalDate date) => date.ToString("D", System.Globalization.CultureInfo.CurrentCulture);
}

/// <summary>The page that records or corrects an expense or a contribution, as <c>_EntryFields.cshtml</c> reads it.</summary>
public interface IEntryPage
{
    EntryForm Input { get; }
    EntryKind Kind { get; }
    Grant Grant { get; }
}

/// <summary>The receipts of grants' expenses and contributions, kept like the mobility CVs in the data folder's
/// grant-receipts/, outside the web root, served only to those who manage the grant.</summary>
public sealed class ReceiptFiles(IFileStore store)
{
    public Circles.ResourceFiles Store { get; } = new(store, "grant-receipts");
}
