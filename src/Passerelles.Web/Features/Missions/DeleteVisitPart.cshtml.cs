namespace Passerelles.Web.Features.Missions;

/// <summary>Deletes a part of a visit's record once confirmed: a document or photo (its stored file too), an outcome, a
/// person met (from the visit, not from the directory) or a follow-up. Those who write the record do it; its readers get
/// 403 and anyone else 404, as for the record's other changes. A person shown on a photo of the visit stays until the
/// photo is deleted: the photo's consent rests on them.</summary>
public sealed class DeleteVisitPartModel(AppDbContext db, CurrentActor actors, VisitFiles files, IStringLocalizer<Text> t) : PageModel
{
    public const string ShownOnPhotos = "{0} is shown on photos of this visit: delete those photos first.";

    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId, string part, Guid partId) => await FindAsync(id, itemId, part, partId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid itemId, string part, Guid partId)
    {
        if (await FindAsync(id, itemId, part, partId) is { } refusal) return refusal;
        if (Deletion.Refused is not null) return Page();
        // Each delete names the visit too, and a part deleted twice (a second tab, a double click) is deleted once.
        switch (part)
        {
            case "files":
                var stored = await db.VisitFiles.Where(f => f.Id == partId && f.ItemId == itemId).Select(f => f.StoredName).SingleOrDefaultAsync();
                if (await db.VisitFiles.Where(f => f.Id == partId && f.ItemId == itemId).ExecuteDeleteAsync() > 0) await files.Store.DeleteAsync(stored);
                break;
            case "outcomes":
                await db.VisitOutcomes.Where(o => o.Id == partId && o.ItemId == itemId).ExecuteDeleteAsync();
                break;
            case "people":
                await db.PeopleMet.Where(p => p.Id == partId && p.ItemId == itemId).ExecuteDeleteAsync();
                break;
            default:
                await db.MissionFollowUps.Where(f => f.Id == partId && f.ItemId == itemId).ExecuteDeleteAsync();
                break;
        }
        TempData["Notice"] = t[part switch
        {
            "files" => "The file was deleted.",
            "outcomes" => "The outcome was deleted.",
            "people" => "The person was removed from the people met.",
            _ => "The follow-up was deleted.",
        }].Value;
        return Redirect($"{Record(id, itemId)}#{part}");
    }

    /// <summary>Null once <see cref="Deletion"/> describes the part; else the refusal.</summary>
    private async Task<IActionResult?> FindAsync(Guid id, Guid itemId, string part, Guid partId)
    {
        var (visit, refusal) = await VisitScope.LoadAsync(db, await actors.GetAsync(), id, itemId, write: true);
        if (visit is null) return refusal;
        var cancel = $"{Record(id, itemId)}#{part}";
        Deletion? deletion = part switch
        {
            "files" => await db.VisitFiles.AsNoTracking().Where(f => f.Id == partId && f.ItemId == itemId)
                .Select(f => new { f.Title, f.FileName }).SingleOrDefaultAsync() is { } file
                ? new Deletion(t["Delete the file {0}?", file.Title], [file.FileName, t["It will be deleted for good, with its stored copy."]], cancel, t["Delete"])
                : null,
            "outcomes" => await db.VisitOutcomes.AsNoTracking().Where(o => o.Id == partId && o.ItemId == itemId)
                .Select(o => new { Objective = o.Objective.Text, o.Text }).SingleOrDefaultAsync() is { } outcome
                ? new Deletion(t["Delete this outcome?"], [$"{outcome.Objective} — {outcome.Text}"], cancel, t["Delete"])
                : null,
            "people" => await db.PeopleMet.AsNoTracking().Where(p => p.Id == partId && p.ItemId == itemId)
                .Select(p => new { p.Person.DisplayName, OnPhotos = db.VisitPhotoPeople.Any(s => s.PersonMetId == p.Id) }).SingleOrDefaultAsync() is { } met
                ? new Deletion(t["Remove {0} from the people met?", met.DisplayName], [t["They stay in the directory."]], cancel, t["Remove"],
                    met.OnPhotos ? t[ShownOnPhotos, met.DisplayName].Value : null)
                : null,
            "follow-ups" => await db.MissionFollowUps.AsNoTracking().Where(f => f.Id == partId && f.ItemId == itemId)
                .Select(f => new { f.Text, Owner = f.Owner.DisplayName }).SingleOrDefaultAsync() is { } followUp
                ? new Deletion(t["Delete the follow-up {0}?", followUp.Text], [followUp.Owner], cancel, t["Delete"])
                : null,
            _ => null,
        };
        if (deletion is null) return NotFound();
        Deletion = deletion;
        return null;
    }

    private static string Record(Guid id, Guid itemId) => $"/missions/{id}/visits/{itemId}/record";
}
