namespace Passerelles.Web.Features.Pick;

/// <summary>The people of the directory suggested while someone types in the picker of the people met on a mission's
/// visit (<c>?mission=…&amp;pick.Met.PersonId=mar</c>) or of a contact made at a presentation
/// (<c>?presentation=…&amp;pick.Contact.PersonId=eli</c>). Someone who may not write the mission's record, or see the
/// presentation, is refused as its pages refuse them.</summary>
public sealed class PersonsModel(PersonPicks picks) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid? mission, Guid? presentation, CancellationToken cancellationToken)
    {
        if (this.PickedField() is not var (field, text)) return BadRequest();
        var context = new PersonContext(mission, presentation);
        return await picks.RefusalAsync(context) ?? this.Suggestions(field, await picks.FindAsync(context, text, cancellationToken));
    }
}
