using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Infrastructure.Email;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Assessments;

/// <summary>Invites someone by e-mail to assess a territory (a name and its region) with a territory grid, and keeps a
/// record of the invitation, listed on the territory assessments page. The link leads the person to a new assessment of
/// the territory; territories are assessed by incubator staff, so the invitation grants nothing by itself.</summary>
public sealed class TerritoryInviteModel(AppDbContext db, IMailer mailer, EmailTemplates templates, IStringLocalizer<Text> t, TimeProvider clock) : PageModel
{
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

        [Required(ErrorMessage = "Name the territory.")]
        [StringLength(Assessment.TerritoryMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Territory")]
        public string? Territory { get; set; }

        [StringLength(Assessment.TerritoryMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Region (optional)")]
        public string? Region { get; set; }

        [StringLength(AssessmentInvitation.MessageMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Message (optional)")]
        public string? Message { get; set; }
    }

    [BindProperty] public InviteForm Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Title)> Versions { get; private set; } = [];

    /// <summary>"Lanaudière (Québec)", or the territory alone when it has no region.</summary>
    public static string Named(string territory, string region) => region.Length > 0 ? $"{territory} ({region})" : territory;

    public async Task<IActionResult> OnGetAsync(string? territory, string? region)
    {
        if (!await GridAccess.MayEditAsync(db, User)) return Forbid();
        Versions = await AssessmentAccess.AssessableVersionsAsync(db, GridSubject.Territory);
        Input.Territory = territory;
        Input.Region = region;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await GridAccess.MayEditAsync(db, User)) return Forbid();
        Versions = await AssessmentAccess.AssessableVersionsAsync(db, GridSubject.Territory);
        if (Input.GridVersionId is { } versionId && Versions.All(v => v.Id != versionId))
            ModelState.AddModelError("Input.GridVersionId", t["Choose a grid."]);
        if (!ModelState.IsValid) return Page();

        var study = await TerritoryStudy.FindOrStartAsync(db, Input.Territory!, Input.Region ?? "");
        var invitation = AssessmentInvitation.SendForTerritory(Input.GridVersionId!.Value, study, Input.Email!,
            Input.Message ?? "", User.UserId()!.Value, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        db.AssessmentInvitations.Add(invitation);
        await db.SaveChangesAsync();
        await InviteModel.MailAsync(db, mailer, templates, Request, invitation, HttpContext.RequestAborted);
        TempData["Notice"] = t["The invitation was sent to {0}.", invitation.Email].Value;
        return Redirect("/assessments/territories");
    }
}
