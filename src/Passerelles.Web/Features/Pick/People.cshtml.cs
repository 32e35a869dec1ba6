namespace Passerelles.Web.Features.Pick;

/// <summary>The people suggested while a person types in a person picker: those they may pick for the record named in
/// the address (<see cref="PeopleContext"/>) whose name matches, as radio buttons of the picker's field
/// (<c>?circle=…&amp;pick.Input.UserId=mar</c>). Someone who may not edit that record is refused as its page refuses
/// them.</summary>
public sealed class PeopleModel(PeoplePicks picks) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid? circle, Side? side, Guid? agreement, Guid? delegation, Guid? mission, Guid? presentation,
        Guid? host, CancellationToken cancellationToken)
    {
        if (this.PickedField() is not var (field, text)) return BadRequest();
        var context = new PeopleContext(circle, side, agreement, delegation, mission, presentation, host);
        return await picks.RefusalAsync(context) ?? this.Suggestions(field, await picks.FindAsync(context, text, cancellationToken));
    }
}
