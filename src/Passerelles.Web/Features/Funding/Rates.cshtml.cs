using System.Text;

namespace Passerelles.Web.Features.Funding;

/// <summary>Those who manage grants import the daily exchange rates (a CSV <c>date,cad_per_eur</c>): an entry whose rate
/// is left empty takes the rate of its date. A file with a bad row imports nothing; each bad row is listed with its line.
/// A date already imported takes the new rate.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class RatesModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const long MaxRequestBytes = MaxBytes + 64 * 1024;

    [BindProperty]
    [Display(Name = "CSV file of daily rates")]
    public IFormFile? Upload { get; set; }

    public int Count { get; private set; }
    public ExchangeRate? First { get; private set; }
    public ExchangeRate? Last { get; private set; }
    public IReadOnlyList<(int Line, string Problem)> Problems { get; private set; } = [];
    public int? Imported { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await actors.GetAsync()).MayManageGrants()) return Forbid();
        await SummaryAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await actors.GetAsync()).MayManageGrants()) return Forbid();
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), t["Choose a CSV file."]);
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), t["The file is larger than 2 MB."]);
        if (!ModelState.IsValid) return await PageAsync();

        string text;
        try
        {
            using var reader = new StreamReader(Upload!.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            text = await reader.ReadToEndAsync();
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(Upload), t["The file must be a UTF-8 CSV file."]);
            return await PageAsync();
        }
        var result = RateCsv.Read(text, t);
        Problems = result.Problems;
        if (Problems.Count > 0)
        {
            ModelState.AddModelError(nameof(Upload), t.Plural(Problems.Count, "{0} row is refused: nothing was imported.", "{0} rows are refused: nothing was imported."));
            return await PageAsync();
        }
        var dates = result.Rates.Select(r => r.On).ToList();
        var existing = await db.ExchangeRates.Where(r => dates.Contains(r.On)).ToDictionaryAsync(r => r.On);
        foreach (var rate in result.Rates)
        {
            if (existing.TryGetValue(rate.On, out var known)) known.CadPerEur = rate.CadPerEur;
            else db.ExchangeRates.Add(rate);
        }
        await db.SaveChangesAsync();
        Imported = result.Rates.Count;
        return await PageAsync();
    }

    private async Task<IActionResult> PageAsync()
    {
        await SummaryAsync();
        return Page();
    }

    private async Task SummaryAsync()
    {
        Count = await db.ExchangeRates.CountAsync();
        First = await db.ExchangeRates.AsNoTracking().OrderBy(r => r.On).FirstOrDefaultAsync();
        Last = await db.ExchangeRates.AsNoTracking().OrderByDescending(r => r.On).FirstOrDefaultAsync();
    }
}
