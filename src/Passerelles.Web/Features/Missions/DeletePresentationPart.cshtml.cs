namespace Passerelles.Web.Features.Missions;

/// <summary>Deletes a feedback note (its author, or those who edit the event) or a contact made at a presentation
/// (whoever recorded it, those who control the organisation it was recorded for, those who edit the event) once
/// confirmed. A contact someone may not read does not exist for them (404); one they read without deleting it, 403.</summary>
public sealed class DeletePresentationPartModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public Deletion Deletion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, string part, Guid partId) => await FindAsync(id, part, partId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, string part, Guid partId)
    {
        if (await FindAsync(id, part, partId) is { } refusal) return refusal;
        if (part == "feedback") await db.PresentationFeedback.Where(f => f.Id == partId && f.PresentationId == id).ExecuteDeleteAsync();
        else await db.PresentationContacts.Where(c => c.Id == partId && c.PresentationId == id).ExecuteDeleteAsync();
        TempData["Notice"] = t[part == "feedback" ? "The feedback was deleted." : "The contact was deleted."].Value;
        return Redirect($"/events/presentations/{id}#{part}");
    }

    private async Task<IActionResult?> FindAsync(Guid id, string part, Guid partId)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        var cancel = $"/events/presentations/{id}#{part}";
        switch (part)
        {
            case "feedback":
                if (await db.PresentationFeedback.AsNoTracking().Include(f => f.Author).SingleOrDefaultAsync(f => f.Id == partId && f.PresentationId == id) is not { } feedback)
                    return NotFound();
                if (!actor.MayDelete(access.Event, feedback)) return Forbid();
                Deletion = new Deletion(t["Delete this feedback?"], [feedback.Text, $"{feedback.Author.DisplayName} · {time.DateTime(feedback.WrittenAt)}"], cancel, t["Delete"]);
                return null;
            case "contacts":
                if (await db.PresentationContacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == partId && c.PresentationId == id) is not { } contact
                    || !actor.MaySeeContact(access.Edits, contact))
                    return NotFound();
                if (!actor.MayDelete(access.Event, contact)) return Forbid();
                var name = contact.PersonId is { } person
                    ? await db.People.AsNoTracking().VisibleTo(actor).Where(p => p.Id == person).Select(p => p.DisplayName).SingleOrDefaultAsync() ?? contact.Name
                    : contact.Name;
                Deletion = new Deletion(t["Delete the contact {0}?", name], [t["It is deleted for good."]], cancel, t["Delete"]);
                return null;
            default:
                return NotFound();
        }
    }
}
