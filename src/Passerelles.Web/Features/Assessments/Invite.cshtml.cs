using Microsoft.AspNetCore.DataProtection;

namespace Passerelles.Web.Features.Assessments;

/// <summary>Invites someone by e-mail to assess the project with a grid as a kind of assessor, and keeps a record of the
/// invitation. The message links to the invitation, which leads to the person's assessment; they assess only if they
/// see the project (its team, its coaches, partner coaches with a share), so the invitation grants nothing by itself.</summary>
public sealed class InviteModel(AppDbContext db, CurrentActor actors, IMailer mailer, EmailTemplates templates, IDataProtectionProvider protection,
    IStringLocalizer<Text> t, TimeProvider clock) : PageModel
{
    public const int MessageMaxLength = AssessmentInvitation.MessageMaxLength;

    public sealed class InviteForm : InviteFields
    {
        [Required(ErrorMessage = "Choose who the person is to the project.")]
        [Display(Name = "Invited as")]
        public AssessorKind? Kind { get; set; }
    }

    [BindProperty] public InviteForm Input { get; set; } = new();

    public Guid ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Title)> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Input.GridVersionId is { } versionId && Versions.All(v => v.Id != versionId))
            ModelState.AddModelError("Input.GridVersionId", t["Choose a grid."]);
        if (!ModelState.IsValid) return Page();

        var invitation = AssessmentInvitation.Send(id, Input.GridVersionId!.Value, Input.Email!, Input.Kind!.Value, Input.Message ?? "",
            User.UserId()!.Value, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        db.AssessmentInvitations.Add(invitation);
        await db.SaveChangesAsync();
        await MailAsync(db, mailer, templates, protection, Request, invitation, HttpContext.RequestAborted);
        TempData["Notice"] = t["The invitation was sent to {0}.", invitation.Email].Value;
        return Redirect($"/projects/{id}/assessments");
    }

    /// <summary>Sends (or sends again) the invitation's e-mail, in the recipient's language when they have an account. The
    /// link of an invitation to a study carries its key (<see cref="StudyInvitationKey"/>), so that someone without an
    /// account creates one from it.</summary>
    public static async Task MailAsync(AppDbContext db, IMailer mailer, EmailTemplates templates, IDataProtectionProvider protection,
        HttpRequest request, AssessmentInvitation invitation, CancellationToken cancellation)
    {
        var inviter = await db.Users.Where(u => u.Id == invitation.InvitedBy).Select(u => u.DisplayName).SingleAsync(cancellation);
        var subject = invitation.ProjectId is { } projectId
            ? await db.Projects.Where(p => p.Id == projectId).Select(p => p.Name).SingleAsync(cancellation)
            : TerritoryInviteModel.Named(invitation.TerritoryName, invitation.TerritoryRegion);
        var grid = await db.GridVersions.Where(v => v.Id == invitation.GridVersionId).Select(v => v.Title).SingleAsync(cancellation);
        var culture = await db.Users.Where(u => u.NormalizedEmail == invitation.Email.ToUpperInvariant()).Select(u => u.PreferredCulture).FirstOrDefaultAsync(cancellation);
        var link = templates.AbsoluteUrl(request, invitation.IsForTerritory
            ? JoinStudyModel.Address(invitation.Id, StudyInvitationKey.For(protection, invitation))
            : $"/assessments/invitations/{invitation.Id}");
        var message = templates.Compose(invitation.Email, string.IsNullOrEmpty(culture) ? System.Globalization.CultureInfo.CurrentUICulture.Name : culture, m =>
        {
            List<string> paragraphs = [invitation.IsForTerritory
                ? m["{0} invites you to assess the territory {1} with the grid {2}.", inviter, subject, grid.ForCurrentCulture()]
                : m["{0} invites you to assess the project {1} with the grid {2}.", inviter, subject, grid.ForCurrentCulture()]];
            if (invitation.Message.Length > 0) paragraphs.Add(invitation.Message);
            paragraphs.Add(invitation.IsForTerritory
                ? m["Follow the link with this address to see the study and assess the territory. Without an account on Passerelles yet, you create one from the link."]
                : m["Sign in to Passerelles with this address. You can assess the project if you are on its team or coach it."]);
            return new EmailTemplates.Content(m["Invitation to assess {0}", subject], paragraphs,
                invitation.IsForTerritory ? m["Assess the territory"] : m["Assess the project"], link);
        });
        await mailer.SendAsync(message, cancellation);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await AssessmentLoader.KindForAsync(db, await actors.GetAsync(), id) is null) return false;
        ProjectId = id;
        ProjectName = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync();
        Versions = await AssessmentLoader.AssessableVersionsAsync(db, GridSubject.Project);
        return true;
    }
}
