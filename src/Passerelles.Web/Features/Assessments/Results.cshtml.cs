
namespace Passerelles.Web.Features.Assessments;

/// <summary>What a project's submitted assessments with one grid version say (see <see cref="AssessmentResults"/>):
/// the latest assessment of each kind of assessor compared, and every submitted assessment over time.</summary>
public sealed class ResultsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public Guid ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public AssessmentResults Results { get; private set; } = null!;
    public bool MayMap { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid versionId)
    {
        var actor = await actors.GetAsync();
        var project = await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.Id == id).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync();
        if (project is null) return NotFound();
        if (await GridLoader.LoadVersionAsync(db, versionId, tracked: false) is not { Status: GridStatus.Published } version) return NotFound();
        ProjectId = project.Id;
        ProjectName = project.Name;
        Results = await AssessmentResults.LoadAsync(db, version, db.Assessments.Where(a => a.ProjectId == id), byAssessor: false);
        MayMap = actor.MayEditGrids();
        return Page();
    }
}
