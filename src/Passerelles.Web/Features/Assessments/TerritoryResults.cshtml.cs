
namespace Passerelles.Web.Features.Assessments;

/// <summary>What the submitted assessments of a territory study (Lanaudière, say) with one version of a territory grid
/// say (see <see cref="AssessmentResults"/>): the latest assessment of each assessor is compared, and every submitted
/// assessment shows over time. Read by the study's sponsors, its assessors and network administrators.</summary>
public sealed class TerritoryResultsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public Guid StudyId { get; private set; }
    public string Territory { get; private set; } = "";
    public AssessmentResults Results { get; private set; } = null!;
    public bool MayMap { get; private set; }

    public static string Address(Guid studyId, Guid versionId) => $"/assessments/territories/{studyId}/results/{versionId}";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid versionId)
    {
        var actor = await actors.GetAsync();
        var study = await db.TerritoryStudies.AsNoTracking().Where(s => s.Id == id).VisibleTo(actor)
            .Select(s => new { s.TerritoryName, s.TerritoryRegion }).SingleOrDefaultAsync();
        if (study is null) return NotFound();
        if (await GridLoader.LoadVersionAsync(db, versionId, tracked: false) is not { Status: GridStatus.Published, Grid.Subject: GridSubject.Territory } version)
            return NotFound();
        StudyId = id;
        Territory = TerritoryInviteModel.Named(study.TerritoryName, study.TerritoryRegion);
        Results = await AssessmentResults.LoadAsync(db, version, db.Assessments.Where(a => a.StudyId == id), byAssessor: true);
        MayMap = actor.MayEditGrids();
        return Page();
    }
}
