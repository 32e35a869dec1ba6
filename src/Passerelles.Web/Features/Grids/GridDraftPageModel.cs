namespace Passerelles.Web.Features.Grids;

/// <summary>What the pages changing a draft share: the draft, read only by those who may edit grids (for anyone else
/// it does not exist), and a published version sent back to its page with the reason it is frozen.</summary>
public abstract class GridDraftPageModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public GridVersion Draft { get; private set; } = null!;

    /// <summary>The kind of element the address names, on the pages that change one element.</summary>
    public GridElementKind Kind { get; private set; }

    protected AppDbContext Db { get; } = db;
    protected IStringLocalizer<Text> T { get; } = t;

    /// <summary>Reads the draft (and the kind of element, when <paramref name="kind"/> is given); returns the answer to
    /// give instead of the page, or null.</summary>
    protected async Task<IActionResult?> LoadDraftAsync(Guid versionId, bool tracked, string? kind = null)
    {
        if (!(await actors.GetAsync()).MayEditGrids()) return NotFound();
        if (kind is not null)
        {
            if (DraftElements.ParseKind(kind) is not { } parsed) return NotFound();
            Kind = parsed;
        }
        if (await GridLoader.LoadVersionAsync(Db, versionId, tracked) is not { } version) return NotFound();
        if (version.CannotEdit() is { } frozen)
        {
            TempData["Notice"] = T[frozen].Value;
            return Redirect($"/grids/versions/{versionId}");
        }
        Draft = version;
        return null;
    }
}
