using Microsoft.AspNetCore.DataProtection;

namespace Passerelles.Web.Features.Assessments;

/// <summary>A project's assessments: who assessed it with which grid, drafts and submitted ones, and where to start a
/// new one or read the results.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t, IMailer mailer, EmailTemplates templates,
    IDataProtectionProvider protection, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Grid, int VersionNumber, Guid VersionId, AssessorKind Kind, string Assessor,
        AssessmentStatus Status, Instant? SubmittedAt, bool IsMine);

    public sealed record ResultsLink(Guid VersionId, string Grid);

    public sealed record InvitationRow(Guid Id, string Email, AssessorKind Kind, string Grid, string InvitedBy, Instant SentAt,
        int SendCount, InvitationStatus Status, bool MayResend);

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
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];
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

    /// <summary>Sends an invitation's e-mail again, up to <see cref="AssessmentInvitation.MaxSends"/> times in all,
    /// while the person has not started.</summary>
    public async Task<IActionResult> OnPostResendAsync(Guid id, Guid invitation)
    {
        if (!await LoadAsync(id)) return NotFound();
        var sent = await db.AssessmentInvitations.SingleOrDefaultAsync(i => i.Id == invitation && i.ProjectId == id);
        if (sent is null) return NotFound();
        if (sent.CannotResend() is { } problem)
        {
            TempData["Notice"] = t[problem, AssessmentInvitation.MaxSends].Value;
            return Redirect($"/projects/{id}/assessments");
        }
        sent.Resend(Instant.FromDateTimeOffset(clock.GetUtcNow()));
        await db.SaveChangesAsync();
        await InviteModel.MailAsync(db, mailer, templates, protection, Request, sent, HttpContext.RequestAborted);
        TempData["Notice"] = t["The invitation was sent again to {0}.", sent.Email].Value;
        return Redirect($"/projects/{id}/assessments");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await AssessmentLoader.KindForAsync(db, await actors.GetAsync(), id) is not { } kind) return false;
        Kind = kind;
        ProjectId = id;
        ProjectName = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync();
        Versions = await AssessmentLoader.AssessableVersionsAsync(db, GridSubject.Project);
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
        var invitations = await db.AssessmentInvitations.AsNoTracking().Where(i => i.ProjectId == id)
            .Join(db.Users, i => i.InvitedBy, u => u.Id, (i, u) => new
            {
                i.Id, i.Email, i.Kind, i.GridVersion.Title, i.GridVersion.Number, u.DisplayName, i.SentAt, i.LastSentAt, i.SendCount, i.AssessmentId,
                Status = i.Assessment == null ? (AssessmentStatus?)null : i.Assessment.Status,
            })
            .ToListAsync();
        Invitations = invitations.OrderByDescending(i => i.LastSentAt)
            .Select(i =>
            {
                var status = AssessmentInvitation.StatusOf(i.AssessmentId, i.Status);
                return new InvitationRow(i.Id, i.Email, i.Kind, $"{i.Title.ForCurrentCulture()} (v{i.Number})", i.DisplayName, i.LastSentAt,
                    i.SendCount, status, status == InvitationStatus.Sent && i.SendCount < AssessmentInvitation.MaxSends);
            })
            .ToList();
        return true;
    }
}
