namespace Passerelles.Web.Features.Agreements;

/// <summary>One version of the text as it was saved, with the SHA-256 of its canonical text.</summary>
public sealed class VersionModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public Guid Id { get; private set; }
    public AgreementVersion Version { get; private set; } = null!;
    public int Latest { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int number)
    {
        var latest = await db.Agreements.AsNoTracking().VisibleTo(await actors.GetAsync()).Where(a => a.Id == id).Select(a => (int?)a.CurrentVersion).SingleOrDefaultAsync();
        if (latest is null || await AgreementFile.VersionAsync(db, id, number) is not { } version) return NotFound();
        (Id, Version, Latest) = (id, version, latest.Value);
        return Page();
    }
}
