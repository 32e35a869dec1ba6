namespace Passerelles.Web.Features.Pick;

/// <summary>The organisations suggested while a person types in an organisation picker: those they may see whose
/// name matches, as radio buttons of the picker's field, named by the one query parameter
/// (<c>?pick.Input.ParentId=cer</c>), among those the field accepts (<c>&amp;only=Incubators</c>).</summary>
public sealed class OrganisationsModel(OrganisationPicks picks) : PageModel
{
    public async Task<IActionResult> OnGetAsync(OrganisationPick only, CancellationToken cancellationToken) =>
        this.PickedField() is var (field, text) ? this.Suggestions(field, await picks.FindAsync(text, only, cancellationToken)) : BadRequest();
}
