using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Assessments;

/// <summary>A project's assessments: who assessed it with which grid, drafts and submitted ones, and where to start a
/// new one or read the results.</summary>
public sealed class IndexModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Row(Guid Id, string Grid, int VersionNumber, Guid VersionId, AssessorKind Kind, string Assessor,
        AssessmentStatus Status, Instant? SubmittedAt, bool IsMine);

    public sealed record ResultsLink(Guid VersionId, string Grid);

    public sealed class StartForm
    {
        [Required(ErrorMessage = "Choose a grid.")]
        [Display(Name = "Grid")]
        public Guid? GridVersionId { get; set; }
    }

    [BindProperty] public StartForm Input { get; set; } = new();

    public Guid ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public AssessorKind Kind { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ResultsLink> Results { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? version)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input.GridVersionId = version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Input.GridVersionId is { } versionId && Versions.All(v => v.Id != versionId))
            ModelState.AddModelError("Input.GridVersionId", t["Choose a grid."]);
        if (!ModelState.IsValid) return Page();

        var userId = User.UserId()!.Value;
        var draft = await db.Assessments.Where(a => a.ProjectId == id && a.GridVersionId == Input.GridVersionId && a.AssessorId == userId && a.Status == AssessmentStatus.Draft)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
        if (draft is { } existing)
        {
            TempData["Notice"] = t["You already have a draft with this grid: carry on with it."].Value;
            return Redirect($"/assessments/{existing}");
        }
        var assessment = Assessment.OfProject(Input.GridVersionId!.Value, id, Kind, userId);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return Redirect($"/assessments/{assessment.Id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await AssessmentAccess.KindForAsync(db, User, id) is not { } kind) return false;
        Kind = kind;
        ProjectId = id;
        ProjectName = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync();
        Versions = await AssessmentAccess.AssessableVersionsAsync(db, GridSubject.Project);
        var userId = User.UserId();
        var rows = await db.Assessments.AsNoTracking().Where(a => a.ProjectId == id)
            .Join(db.Users, a => a.AssessorId, u => u.Id, (a, u) => new
            {
                a.Id, a.GridVersion.Title, a.GridVersion.Number, a.GridVersionId, a.Kind, u.DisplayName, a.Status, a.SubmittedAt, a.AssessorId, a.CreatedAt,
            })
            .ToListAsync();
        // Drafts are private to their assessor until submitted.
        Rows = rows.Where(r => r.Status == AssessmentStatus.Submitted || r.AssessorId == userId)
            .OrderByDescending(r => r.SubmittedAt ?? r.CreatedAt)
            .Select(r => new Row(r.Id, r.Title.ForCurrentCulture(), r.Number, r.GridVersionId, r.Kind, r.DisplayName, r.Status, r.SubmittedAt, r.AssessorId == userId))
            .ToList();
        Results = rows.Where(r => r.Status == AssessmentStatus.Submitted)
            .GroupBy(r => r.GridVersionId)
            .Select(g => new ResultsLink(g.Key, $"{g.First().Title.ForCurrentCulture()} (v{g.First().Number})"))
            .OrderBy(r => r.Grid, StringComparer.CurrentCulture)
            .ToList();
        return true;
    }
}
