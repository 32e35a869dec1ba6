using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Projects.Applications;

/// <summary>A project applies to one incubator, whether or not its people have an account. The applicant is sent an
/// acknowledgement in the language they chose, and the incubator's staff hear that an application arrived (the network
/// administrators, when the incubator has no staff yet, so that no application waits unseen).</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class ApplyModel(AppDbContext db, OrganisationPicks picks, EmailTemplates templates, IMailer mailer, IStringLocalizer<Text> t, TimeProvider time) : PageModel
{
    public sealed record Choice(Guid Id, string Name, Side Side);

    [BindProperty] public ApplicationForm Input { get; set; } = new();

    /// <summary>The incubator chosen, whose privacy notice alone is shown; null until one is chosen.</summary>
    public Choice? Chosen { get; private set; }

    public Picker Incubator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? incubator)
    {
        Input.IncubatorId = incubator;
        Input.Culture = Cultures.IsSupported(CultureInfo.CurrentUICulture.Name) ? Cultures.Normalise(CultureInfo.CurrentUICulture.Name) : Cultures.English;
        if (User.UserId() is not null && User.Identity?.Name is { } email) Input.Team.Add(new TeamMemberInput { Email = email });
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var searching = this.IsSearchStep();
        await LoadAsync();
        if (searching) return Page();
        if (Input.IncubatorId is not null && Chosen is null)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.IncubatorId)}", t["Choose one of the incubators."]);
        if (!ModelState.IsValid) return Page();

        var project = Input.ToProject(User.UserId(), User.Identity?.Name, Instant.FromDateTimeOffset(time.GetUtcNow()));
        db.Projects.Add(project);
        await db.SaveChangesAsync();

        await AcknowledgeAsync(project, Chosen!.Name);
        await TellStaffAsync(project, Chosen.Id, Chosen.Name);
        return Redirect("/projects/apply/sent");
    }

    private async Task LoadAsync()
    {
        // Any incubator may be applied to, even one the directory does not show: its own page may link here.
        Chosen = Input.IncubatorId is { } id
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == id && o.Kind == OrganisationKind.Incubator)
                .Select(o => new Choice(o.Id, o.Name, o.Side)).SingleOrDefaultAsync()
            : null;
        var incubator = await picks.PickerAsync(this, $"{nameof(Input)}.{nameof(Input.IncubatorId)}", t["Incubator"], Input.IncubatorId, only: OrganisationPick.Incubators);
        Incubator = incubator with { Chosen = Chosen is { } chosen ? new PickerChoice(chosen.Id, chosen.Name) : null };
        while (Input.Team.Count < ApplicationForm.TeamRows) Input.Team.Add(new TeamMemberInput());
    }

    private async Task AcknowledgeAsync(Project project, string incubator)
    {
        var message = templates.Compose(project.ApplicantEmail, project.ApplicantCulture, m => new EmailTemplates.Content(
            m["Your application to {0} was received", incubator],
            [
                m["Thank you: the application of the project {0} reached {1}.", project.Name, incubator],
                m["The incubator's team will study it and write to you at this address with its decision."],
            ]));
        await mailer.SendAsync(message, HttpContext.RequestAborted);
    }

    /// <summary>Each staff member of the incubator is told in their own language, or the incubator's; an incubator
    /// without staff leaves it to the network administrators, told the same way.</summary>
    private async Task TellStaffAsync(Project project, Guid incubatorId, string incubator)
    {
        var culture = await db.Organisations.Where(o => o.Id == incubatorId).Select(o => o.DefaultCulture).SingleAsync();
        var staffIds = db.Memberships
            .Where(m => m.OrganisationId == incubatorId && Actor.StaffRoles.Contains(m.Role))
            .Select(m => m.UserId);
        var recipients = await db.Users.AsNoTracking()
            .Where(u => staffIds.Contains(u.Id) && u.Email != null && u.Email != "")
            .Select(u => new { Email = u.Email!, u.PreferredCulture })
            .ToListAsync();
        var unstaffed = recipients.Count == 0;
        if (unstaffed)
        {
            recipients = await db.Users.AsNoTracking()
                .Where(u => u.IsNetworkAdministrator && u.Email != null && u.Email != "")
                .Select(u => new { Email = u.Email!, u.PreferredCulture })
                .ToListAsync();
        }
        var link = templates.AbsoluteUrl(Request, $"/projects/{project.Id}/decide");
        foreach (var recipient in recipients)
        {
            var message = templates.Compose(recipient.Email, recipient.PreferredCulture.Length > 0 ? recipient.PreferredCulture : culture, m =>
            {
                List<string> paragraphs = [m["The project {0} applied to {1}.", project.Name, incubator]];
                if (unstaffed)
                    paragraphs.Add(m["{0} has no administrator or coach yet, so you are told in their place: you may decide the application or give the incubator its staff.", incubator]);
                return new EmailTemplates.Content(m["New application to {0}: {1}", incubator, project.Name], paragraphs, m["Study the application"], link);
            });
            await mailer.SendAsync(message, HttpContext.RequestAborted);
        }
    }
}
