namespace Passerelles.Web.Features.Parity;

/// <summary>Parity of the network (network administrators) or of one organisation (its administrators), for a period:
/// a Québec fiscal year (1 April – 31 March), a calendar year, or dates of one's own. Aggregates only, suppressed as
/// <see cref="ParityArithmetic"/> says.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Choice(Guid? Id, string Name);

    /// <summary>Null: the network.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Organisation { get; set; }

    /// <summary>"fiscal-2023" (1 April 2023 – 31 March 2024), "calendar-2023", or empty for the dates below.</summary>
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    [BindProperty(SupportsGet = true), DateInRange] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true), DateInRange] public DateOnly? To { get; set; }

    public IReadOnlyList<Choice> Scopes { get; private set; } = [];
    public IReadOnlyList<(string Value, string Label)> Periods { get; private set; } = [];
    public string ScopeName { get; private set; } = "";
    public LocalDate Start { get; private set; }
    public LocalDate End { get; private set; }
    public IReadOnlyList<ParityFigures.Group> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        var administered = await db.Organisations.AsNoTracking().Where(o => actor.Administers.Contains(o.Id))
            .Select(o => new Choice(o.Id, o.Name)).ToListAsync();
        if (!actor.IsNetworkAdministrator && administered.Count == 0) return Forbid();
        if (Organisation is { } chosen && !actor.IsNetworkAdministrator && administered.All(o => o.Id != chosen)) return NotFound();
        if (Organisation is { } id && actor.IsNetworkAdministrator && administered.All(o => o.Id != id))
        {
            var name = await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync();
            if (name is null) return NotFound();
            administered.Add(new Choice(id, name));
        }
        Organisation ??= actor.IsNetworkAdministrator ? null : administered.OrderBy(o => o.Name, StringComparer.CurrentCulture).First().Id;
        Scopes = [.. actor.IsNetworkAdministrator ? [new Choice(null, t["The whole network"])] : Array.Empty<Choice>(),
            .. administered.OrderBy(o => o.Name, StringComparer.CurrentCulture)];
        ScopeName = Scopes.First(s => s.Id == Organisation).Name;

        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;
        Periods = PeriodChoices(today);
        if (!ChoosePeriod(today)) return Page();
        Groups = await ParityFigures.ComputeAsync(db, Organisation, Start, End, HttpContext.RequestAborted);
        return Page();
    }

    private IReadOnlyList<(string, string)> PeriodChoices(LocalDate today)
    {
        var list = new List<(string, string)>();
        var fiscal = today.Month >= 4 ? today.Year : today.Year - 1;
        for (var year = fiscal; year > fiscal - 4; year--)
            list.Add(($"fiscal-{year}", t["Québec fiscal year {0}–{1} (1 April – 31 March)", year, year + 1]));
        for (var year = today.Year; year > today.Year - 4; year--)
            list.Add(($"calendar-{year}", t["Calendar year {0}", year]));
        return list;
    }

    /// <summary>Sets the period from the choice or the dates; false, with the errors next to the fields, when they
    /// make none.</summary>
    private bool ChoosePeriod(LocalDate today)
    {
        if (!string.IsNullOrEmpty(Period))
        {
            if (Periods.All(p => p.Value != Period) && !KnownPeriod(Period))
            {
                ModelState.AddModelError(nameof(Period), t["Choose one of the values in the list."]);
                return false;
            }
            var year = int.Parse(Period[(Period.IndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            (Start, End) = Period.StartsWith("fiscal-", StringComparison.Ordinal)
                ? (new LocalDate(year, 4, 1), new LocalDate(year + 1, 3, 31))
                : (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
            From = Start.ToDateOnly();
            To = End.ToDateOnly();
            return true;
        }
        if (!ModelState.IsValid) return false;
        if (From is null && To is null)
        {
            // By default, the Québec fiscal year under way.
            var fiscal = today.Month >= 4 ? today.Year : today.Year - 1;
            (Start, End) = (new LocalDate(fiscal, 4, 1), new LocalDate(fiscal + 1, 3, 31));
            From = Start.ToDateOnly();
            To = End.ToDateOnly();
            return true;
        }
        if (From is null) ModelState.AddModelError(nameof(From), t["Choose the first day of the period."]);
        if (To is null) ModelState.AddModelError(nameof(To), t["Choose the last day of the period."]);
        if (From is { } from && To is { } to && to < from) ModelState.AddModelError(nameof(To), t["The period cannot end before it starts."]);
        if (!ModelState.IsValid) return false;
        (Start, End) = (LocalDate.FromDateOnly(From!.Value), LocalDate.FromDateOnly(To!.Value));
        return true;
    }

    /// <summary>A fiscal or calendar year between 1900 and 2198, even one the list does not offer (a bookmarked link).</summary>
    private static bool KnownPeriod(string period)
    {
        var parts = period.Split('-');
        return parts.Length == 2 && parts[0] is "fiscal" or "calendar"
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2198;
    }
}
