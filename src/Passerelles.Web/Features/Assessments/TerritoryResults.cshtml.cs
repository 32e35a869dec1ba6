using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;

namespace Passerelles.Web.Features.Assessments;

/// <summary>What the submitted assessments of one territory (Lanaudière, say) with one version of a territory grid
/// say (see <see cref="AssessmentResults"/>): every assessor is a coach, so the latest assessment of each assessor is
/// compared, and every submitted assessment shows over time. For incubator staff and network administrators.</summary>
public sealed class TerritoryResultsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Territory { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public AssessmentResults Results { get; private set; } = null!;
    public bool MayMap { get; private set; }

    public static string Address(Guid versionId, string territory, string region) =>
        $"/assessments/territories/results/{versionId}?territory={Uri.EscapeDataString(territory)}&region={Uri.EscapeDataString(region)}";

    public async Task<IActionResult> OnGetAsync(Guid versionId)
    {
        if (!await GridAccess.MayEditAsync(db, User)) return NotFound();
        if (await GridAccess.LoadVersionAsync(db, versionId, tracked: false) is not { Status: GridStatus.Published, Grid.Subject: GridSubject.Territory } version)
            return NotFound();
        var territory = Territory?.Trim() ?? "";
        var region = Region?.Trim() ?? "";
        if (territory.Length == 0) return NotFound();
        Territory = territory;
        Region = region;
        Results = await AssessmentResults.LoadAsync(db, version,
            db.Assessments.Where(a => a.ProjectId == null && a.TerritoryName == territory && a.TerritoryRegion == region), byAssessor: true);
        MayMap = true;
        return Page();
    }
}
