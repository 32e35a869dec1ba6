using Passerelles.Web.Infrastructure;
using Passerelles.Web.Features.Directory;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Pick;

/// <summary>The organisations suggested while a person types in an organisation picker: those they may see whose
/// name matches, as radio buttons of the picker's field, named by the one query parameter
/// (<c>?pick.Input.ParentId=cer</c>).</summary>
public sealed class OrganisationsModel(AppDbContext db, DirectoryIndex index, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (this.PickedField() is not var (field, text)) return BadRequest();
        var answer = await OrganisationPicks.FindAsync(db, index, await actors.GetAsync(), t, text, cancellationToken);
        return this.Suggestions(field, answer);
    }
}
