namespace Passerelles.Web.Features.Agreements;

/// <summary>The redline between two versions: the canonical texts compared word by word, deletions and insertions
/// marked up so they read without colour.</summary>
public sealed class CompareModel(AppDbContext db, CurrentActor actors) : PageModel
{
    [BindProperty(SupportsGet = true)] public int From { get; set; }
    [BindProperty(SupportsGet = true)] public int To { get; set; }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<Redline.Piece> Pieces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var title = await db.Agreements.AsNoTracking().VisibleTo(await actors.GetAsync()).Where(a => a.Id == id).Select(a => a.Title).SingleOrDefaultAsync();
        if (title is null) return NotFound();
        var before = await AgreementFile.VersionAsync(db, id, From);
        var after = await AgreementFile.VersionAsync(db, id, To);
        if (before is null || after is null) return NotFound();
        (Id, Title) = (id, title);
        Pieces = Redline.Compare(before.CanonicalText(), after.CanonicalText());
        return Page();
    }
}
