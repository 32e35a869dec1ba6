using Passerelles.Web.Infrastructure;

namespace Passerelles.Web.Features.Pick;

/// <summary>The people of the directory suggested while someone types in the picker of the people met on a mission's
/// visit (<c>?mission=…&amp;pick.Met.PersonId=mar</c>). Someone who may not write the mission's record is refused as its
/// pages refuse them.</summary>
public sealed class PersonsModel(PersonPicks picks) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid mission, CancellationToken cancellationToken)
    {
        if (this.PickedField() is not var (field, text)) return BadRequest();
        return await picks.RefusalAsync(mission) ?? this.Suggestions(field, await picks.FindAsync(mission, text, cancellationToken));
    }
}
