namespace Passerelles.Web.Features.Reports.Templates;

/// <summary>What the pages that write a template share: the form, the funders to choose from (the organisations that
/// fund a programme), and the checks shown beside their fields.</summary>
public abstract class TemplateFormPage(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public const int BlankRows = 2;

    public sealed record Funder(Guid Id, string Name);

    protected AppDbContext Db { get; } = db;
    protected CurrentActor Actors { get; } = actors;
    protected IStringLocalizer<Text> T { get; } = t;

    [BindProperty] public TemplateForm Input { get; set; } = new();
    public IReadOnlyList<Funder> Funders { get; private set; } = [];

    protected async Task<IActionResult> ShowAsync()
    {
        var chosen = Input.FunderId;
        Funders = await Db.Organisations.AsNoTracking()
            .Where(o => o.Id == chosen || Db.FundingProgrammes.Any(p => p.FunderId == o.Id))
            .OrderBy(o => o.Name).Select(o => new Funder(o.Id, o.Name)).ToListAsync();
        return Page();
    }

    /// <summary>Whether the form can be saved; the problems are put beside their fields.</summary>
    protected async Task<bool> CheckAsync()
    {
        foreach (var (field, message, argument) in Input.Problems())
            ModelState.AddModelError(field, argument is null ? T[message] : T[message, argument]);
        if (Input.FunderId is { } funder && !await Db.Organisations.AnyAsync(o => o.Id == funder))
            ModelState.AddModelError("Input.FunderId", T["Choose the funder."]);
        return ModelState.IsValid;
    }
}
