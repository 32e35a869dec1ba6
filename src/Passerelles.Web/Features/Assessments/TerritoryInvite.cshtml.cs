using Microsoft.AspNetCore.DataProtection;

namespace Passerelles.Web.Features.Assessments;

/// <summary>Invites someone by e-mail to assess the territory of a study with a territory grid, and keeps a record of
/// the invitation, listed on the study's page. Anyone may be invited, from the incubators or not (a partner from the
/// RQIS, a regional development officer): following the link with the invited address makes them an assessor of this
/// study, and of nothing else. Only those who run the study invite.</summary>
public sealed class TerritoryInviteModel(AppDbContext db, CurrentActor actors, IMailer mailer, EmailTemplates templates,
    IDataProtectionProvider protection, IStringLocalizer<Text> t, TimeProvider clock) : PageModel
{
    public sealed class InviteForm : InviteFields;

    [BindProperty] public InviteForm Input { get; set; } = new();

    public Guid StudyId { get; private set; }
    public string Territory { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Title)> Versions { get; private set; } = [];

    /// <summary>"Lanaudière (Québec)", or the territory alone when it has no region.</summary>
    public static string Named(string territory, string region) => region.Length > 0 ? $"{territory} ({region})" : territory;

    public async Task<IActionResult> OnGetAsync(Guid id) => await RefuseAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await RefuseAsync(id) is { } refusal) return refusal;
        if (Input.GridVersionId is { } versionId && Versions.All(v => v.Id != versionId))
            ModelState.AddModelError("Input.GridVersionId", t["Choose a grid."]);
        if (!ModelState.IsValid) return Page();

        var study = await db.TerritoryStudies.SingleAsync(s => s.Id == id);
        var invitation = AssessmentInvitation.SendForTerritory(Input.GridVersionId!.Value, study, Input.Email!,
            Input.Message ?? "", (await actors.GetAsync()).UserId!.Value, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        db.AssessmentInvitations.Add(invitation);
        await db.SaveChangesAsync();
        await InviteModel.MailAsync(db, mailer, templates, protection, Request, invitation, HttpContext.RequestAborted);
        TempData["Notice"] = t["The invitation was sent to {0}.", invitation.Email].Value;
        return Redirect(StudyModel.Address(id));
    }

    /// <summary>404 for whoever does not see the study; 403 for an assessor, who sees it but does not run it.</summary>
    private async Task<IActionResult?> RefuseAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var studies = db.TerritoryStudies.AsNoTracking().Where(s => s.Id == id);
        var study = await studies.VisibleTo(actor).Select(s => new { s.TerritoryName, s.TerritoryRegion }).SingleOrDefaultAsync();
        if (study is null) return NotFound();
        if (!await studies.RunBy(actor).AnyAsync()) return Forbid();
        StudyId = id;
        Territory = Named(study.TerritoryName, study.TerritoryRegion);
        Versions = await AssessmentLoader.AssessableVersionsAsync(db, GridSubject.Territory);
        return null;
    }
}
