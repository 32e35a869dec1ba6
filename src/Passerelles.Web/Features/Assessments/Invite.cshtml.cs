using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Infrastructure.Email;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Assessments;

/// <summary>Invites someone by e-mail to assess the project with a grid. The message links to the project's
/// assessments with the grid chosen; the person assesses only if they see the project (its team, its coaches, partner
/// coaches with a share), so the invitation grants nothing by itself.</summary>
public sealed class InviteModel(AppDbContext db, IMailer mailer, EmailTemplates templates, IStringLocalizer<Text> t) : PageModel
{
    public const int MessageMaxLength = 1000;

    public sealed class InviteForm
    {
        [Required(ErrorMessage = "Give the e-mail address of the person to invite.")]
        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        [StringLength(256, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "E-mail address")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Choose a grid.")]
        [Display(Name = "Grid")]
        public Guid? GridVersionId { get; set; }

        [StringLength(MessageMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Message (optional)")]
        public string? Message { get; set; }
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

        var email = Input.Email!.Trim();
        var grid = Versions.Single(v => v.Id == Input.GridVersionId).Title;
        var inviter = await db.Users.Where(u => u.Id == User.UserId()).Select(u => u.DisplayName).SingleAsync();
        var culture = await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.PreferredCulture).FirstOrDefaultAsync();
        var link = templates.AbsoluteUrl(Request, $"/projects/{id}/assessments?version={Input.GridVersionId}");
        var note = Input.Message?.Trim() ?? "";
        var message = templates.Compose(email, string.IsNullOrEmpty(culture) ? System.Globalization.CultureInfo.CurrentUICulture.Name : culture, m =>
        {
            List<string> paragraphs = [m["{0} invites you to assess the project {1} with the grid {2}.", inviter, ProjectName, grid]];
            if (note.Length > 0) paragraphs.Add(note);
            paragraphs.Add(m["Sign in to Passerelles with this address. You can assess the project if you are on its team or coach it."]);
            return new EmailTemplates.Content(m["Invitation to assess {0}", ProjectName], paragraphs, m["Assess the project"], link);
        });
        await mailer.SendAsync(message, HttpContext.RequestAborted);
        TempData["Notice"] = t["The invitation was sent to {0}.", email].Value;
        return Redirect($"/projects/{id}/assessments");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await AssessmentAccess.KindForAsync(db, User, id) is null) return false;
        ProjectId = id;
        ProjectName = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync();
        Versions = await AssessmentAccess.AssessableVersionsAsync(db, GridSubject.Project);
        return true;
    }
}
