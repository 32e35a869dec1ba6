using Passerelles.Web.Features.Indicators;

namespace Passerelles.Web.Features.Parity;

/// <summary>Parity of the network (network administrators) or of one organisation (its administrators), for a period
/// chosen as on the indicators page (<see cref="ReportingPeriod"/>, <see cref="PeriodChoice"/>): a Québec fiscal year
/// (1 April – 31 March), a calendar year, a grant's period, or dates of one's own. Aggregates only, suppressed as
/// <see cref="ParityArithmetic"/> says. A refused period shows no figures.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PeriodPageModel
{
    public sealed record Choice(Guid? Id, string Name);

    public IReadOnlyList<Choice> Scopes { get; private set; } = [];
    public string ScopeName { get; private set; } = "";

    /// <summary>The period shown, or null when the one asked for was refused.</summary>
    public ReportingPeriod? Period { get; private set; }

    public IReadOnlyList<ParityFigures.Group> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.SeesParity()) return Forbid();
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

        // By default, the Québec fiscal year under way.
        var today = time.InViewerZone(time.Now).Date;
        var cancellation = HttpContext.RequestAborted;
        var (period, problems) = await PeriodChoice.ReadAsync(db, actor, Fiscal, Year, Grant, From, To,
            ReportingPeriod.QuebecFiscalYearOf(today), cancellation);
        foreach (var (field, message) in problems) ModelState.AddModelError(field, t[message]);
        Period = period;
        PeriodForms = new PeriodChoice("/parity", Organisation is { } scope ? [("organisation", scope.ToString())] : [], period,
            PeriodChoice.YearsUpTo(today), await PeriodChoice.GrantsAsync(db, actor, cancellation), From, To);
        if (period is null) return Page();
        Groups = await ParityFigures.ComputeAsync(db, Organisation, period.From, period.To, cancellation);
        return Page();
    }

    /// <summary>The period's parameters, kept when another scope is chosen.</summary>
    public IEnumerable<(string Name, string Value)> PeriodFields() =>
        Period is null ? [] : Period.Query.Split('&').Select(p => p.Split('=', 2)).Select(p => (p[0], p[1]));
}
