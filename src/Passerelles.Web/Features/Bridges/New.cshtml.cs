using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Data;

namespace Passerelles.Web.Features.Bridges;

/// <summary>Records a bridge: network administrators, or the staff of either organisation it joins.</summary>
[RequestSizeLimit(EvidenceDocuments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceDocuments.MaxRequestBytes)]
public sealed class NewModel(AppDbContext db, IAuthorizationService authorization, EvidenceDocuments documents, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public BridgeForm Input { get; set; } = new();

    public IReadOnlyList<BridgeFields.Choice> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? from, Guid? to)
    {
        if (!await BridgeAccess.IsStaffSomewhereAsync(db, User)) return Forbid();
        Input.FromOrganisationId = from;
        Input.ToOrganisationId = to;
        Organisations = await BridgeFields.OrganisationsAsync(db, User);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await BridgeAccess.IsStaffSomewhereAsync(db, User)) return Forbid();
        if (ModelState.IsValid) await Input.CheckAsync(db, User, ModelState, t, nameof(Input));
        if (!ModelState.IsValid)
        {
            Organisations = await BridgeFields.OrganisationsAsync(db, User);
            return Page();
        }
        if (!(await authorization.AuthorizeAsync(User, new BridgeEnds(Input.FromOrganisationId!.Value, Input.ToOrganisationId!.Value), BridgeAccess.Record)).Succeeded)
            return Forbid();

        var bridge = new Bridge();
        Input.ApplyTo(bridge);
        await Input.ApplyDocumentAsync(bridge, documents);
        db.Bridges.Add(bridge);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            if (bridge.EvidenceStoredName.Length > 0) documents.Delete(bridge.EvidenceStoredName);
            throw;
        }
        TempData["Notice"] = t["The bridge was recorded."].Value;
        return Redirect("/bridges");
    }
}
