namespace Passerelles.Web.Features.Agreements;

/// <summary>The versions of an agreement's text, newest first, and the choice of two to compare.</summary>
public sealed class VersionsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record Row(int Number, Instant SavedAt, string? SavedBy, int Articles);

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var agreement = await db.Agreements.AsNoTracking().VisibleTo(await actors.GetAsync()).Where(a => a.Id == id).Select(a => new { a.Title }).SingleOrDefaultAsync();
        if (agreement is null) return NotFound();
        (Id, Title) = (id, agreement.Title);
        Rows = await db.AgreementVersions.AsNoTracking().Where(v => v.AgreementId == id).OrderByDescending(v => v.Number)
            .Select(v => new Row(v.Number, v.SavedAt, db.Users.Where(u => u.Id == v.SavedBy).Select(u => u.DisplayName).FirstOrDefault(), v.Articles.Count))
            .ToListAsync();
        return Page();
    }
}
