namespace Passerelles.Web.Features.Indicators;

/// <summary>A page of figures for an organisation (or the network) over a period asked for in its address, as the
/// indicators and parity pages share it: a Québec fiscal year, a calendar year, a grant's period or dates.</summary>
public abstract class PeriodPageModel : PageModel
{
    /// <summary>Null: the network.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Organisation { get; set; }

    [BindProperty(SupportsGet = true)] public string? Fiscal { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Grant { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public PeriodChoice PeriodForms { get; protected set; } = null!;
}
