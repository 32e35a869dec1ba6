using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

public sealed class ApplyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Valid(Guid incubatorId, string name) => new()
    {
        ["Input.IncubatorId"] = incubatorId.ToString(),
        ["Input.Name"] = name,
        ["Input.NeedAddressed"] = "Young people leave the village for lack of housing.",
        ["Input.Beneficiaries"] = "Young workers aged 18 to 30",
        ["Input.Territory"] = "Communauté de communes du Seignanx",
        ["Input.LegalFormEnvisaged"] = "SCIC",
        ["Input.Priorities"] = "Youth",
        ["Input.Tags"] = "housing, mobility",
        ["Input.Team[0].DisplayName"] = "Inès Etcheverry",
        ["Input.Team[0].Email"] = "ines@example.org",
        ["Input.Team[0].Role"] = "Porteuse",
        ["Input.Team[1].DisplayName"] = "Marc Dufau",
        ["Input.Team[1].Email"] = "marc@example.org",
        ["Input.Team[1].Role"] = "Trésorier",
        ["Input.Culture"] = "fr-FR",
        ["Input.ConsentsToPrivacyNotice"] = "true",
    };

    [Fact]
    public async Task The_form_shows_the_privacy_notice_of_the_incubator_s_side_and_the_consent_is_stored_with_the_notice_s_version()
    {
        var tube = await app.CreateOrganisationAsync($"Le Tube à ESS'ai {Guid.NewGuid():N}"[..24], Side.France);
        var espace = await app.CreateOrganisationAsync($"L'Espace412 {Guid.NewGuid():N}"[..20], Side.Quebec);
        var name = $"Consenting {Guid.NewGuid():N}"[..24];

        var french = await HtmlPage.GetAsync(app.VisitorClient("fr-FR"), $"/projects/apply?incubator={tube.Id}");
        var quebec = await HtmlPage.GetAsync(app.VisitorClient("fr-CA"), $"/projects/apply?incubator={espace.Id}");
        var visitor = app.VisitorClient();
        var unchosen = await HtmlPage.GetAsync(visitor, "/projects/apply");
        var sent = await unchosen.SubmitAsync(visitor, "main form", Valid(tube.Id, name));

        Assert.Equal("À propos des données personnelles de cette candidature (version 1)", french.Text("#privacy-heading"));
        Assert.Contains($"{tube.Name}, l'incubateur à qui vous adressez votre candidature.", french.Text("#privacy-notice"));
        Assert.Contains("CNIL", french.Text("#privacy-notice"));
        Assert.DoesNotContain("(CAI)", french.Text("#privacy-notice"));
        Assert.Equal("À propos des renseignements personnels de cette candidature (version 1)", quebec.Text("#privacy-heading"));
        Assert.Contains("Commission d'accès à l'information du Québec (CAI)", quebec.Text("#privacy-notice"));
        Assert.DoesNotContain("CNIL", quebec.Text("#privacy-notice"));
        Assert.Contains("(CAI)", unchosen.Text("#privacy-notice"));
        Assert.Contains("CNIL", unchosen.Text("#privacy-notice"));
        Assert.Equal("I have read the privacy notice. I consent to this use of my personal information, and the people I name in the team have agreed to it too.",
            unchosen.Label("Input.ConsentsToPrivacyNotice"));
        Assert.NotNull(unchosen.Document.QuerySelector("input[name='Input.ConsentsToPrivacyNotice'][required]"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = await app.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Name == name));
        Assert.Equal(1, stored.PrivacyNoticeVersion);
        Assert.Equal(NodaTime.Instant.FromDateTimeOffset(app.Clock.GetUtcNow()), stored.PrivacyConsentAt);
        var decide = await HtmlPage.GetAsync(await app.StaffClientAsync(tube.Id), $"/projects/{stored.Id}/decide");
        Assert.StartsWith("Version 1, given on ", decide.Text(".privacy-consent"));
    }

    [Fact]
    public async Task An_application_without_consent_to_the_privacy_notice_is_refused_beside_the_box_and_nothing_is_stored()
    {
        var incubator = await app.CreateOrganisationAsync();
        var visitor = app.VisitorClient("fr-FR");
        var before = await app.WithDbAsync(db => db.Projects.CountAsync());
        var values = Valid(incubator.Id, "Without consent");
        values.Remove("Input.ConsentsToPrivacyNotice");

        var page = await visitor.SubmitExpectingErrorsAsync("/projects/apply", values);

        Assert.Equal("L'incubateur ne peut étudier la candidature qu'avec ce consentement.", page.FieldError("Input.ConsentsToPrivacyNotice"));
        Assert.Null(page.Document.QuerySelector("input[name='Input.ConsentsToPrivacyNotice'][checked]"));
        Assert.Equal("Without consent", page.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task The_sign_in_page_leads_visitors_to_the_application_form()
    {
        var login = await HtmlPage.GetAsync(app.VisitorClient(), "/account/login");

        Assert.Equal("Carrying a project? Apply to an incubator", login.Document.QuerySelector("main a[href='/projects/apply']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_visitor_applies_is_acknowledged_in_their_language_and_the_incubator_staff_hear_of_it()
    {
        var incubator = await app.CreateOrganisationAsync("Le Tube à ESS'ai", Side.France);
        var (_, _, coachEmail) = await app.PersonClientAsync(incubator.Id, MemberRole.Coach, "fr-FR");
        var visitor = app.VisitorClient();
        var name = $"Habitat jeune {Guid.NewGuid():N}"[..24];

        var form = await HtmlPage.GetAsync(visitor, "/projects/apply");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("Project name", form.Label("Input.Name"));
        Assert.NotEmpty(form.Label("Input.Team[0].Email"));
        Assert.Equal("en", form.Document.QuerySelector("select[name='Input.Culture'] option[selected]")!.GetAttribute("value"));
        var sent = await form.SubmitAsync(visitor, "main form", Valid(incubator.Id, name));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/projects/apply/sent", sent.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/projects/apply/sent")).StatusCode);
        var project = await app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Members).Include(p => p.Themes).SingleAsync(p => p.Name == name));
        Assert.Equal(ProjectStatus.Applied, project.Status);
        Assert.Equal(incubator.Id, project.IncubatorId);
        Assert.Equal(("ines@example.org", "fr-FR"), (project.ApplicantEmail, project.ApplicantCulture));
        Assert.Equal(["Inès Etcheverry", "Marc Dufau"], project.Members.Select(m => m.DisplayName).Order());
        Assert.Equal(["Youth", "housing", "mobility"], project.Themes.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal($"Votre candidature au Tube à ESS'ai a bien été reçue", app.Mail.LastTo("ines@example.org").Subject);
        var staffMail = app.Mail.LastTo(coachEmail);
        Assert.Equal($"Nouvelle candidature au Tube à ESS'ai\u00A0: {name}", staffMail.Subject);
        Assert.Equal($"/projects/{project.Id}/decide", CapturingMailer.LinkIn(staffMail));
    }

    [Fact]
    public async Task An_application_to_an_incubator_without_staff_is_sent_to_the_network_administrators_in_their_language()
    {
        var unstaffed = await app.CreateOrganisationAsync("Tube sans équipe", Side.France);
        var staffed = await app.CreateOrganisationAsync("Tube avec équipe", Side.France);
        await app.PersonClientAsync(staffed.Id, MemberRole.Coach, "fr-FR");
        // A member who is neither administrator nor coach does not count as staff.
        await app.PersonClientAsync(unstaffed.Id, MemberRole.ProjectMember, "fr-FR");
        var englishAdministrator = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", culture: "en");
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == englishAdministrator.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsNetworkAdministrator, true)));
        var visitor = app.VisitorClient();
        var orphan = $"Orpheline {Guid.NewGuid():N}"[..20];
        var looked = $"Suivie {Guid.NewGuid():N}"[..20];

        var form = await HtmlPage.GetAsync(visitor, "/projects/apply");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(visitor, "main form", Valid(unstaffed.Id, orphan))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(visitor, "main form", Valid(staffed.Id, looked))).StatusCode);

        var projectId = await app.WithDbAsync(db => db.Projects.Where(p => p.Name == orphan).Select(p => p.Id).SingleAsync());
        var toEnglishAdministrator = app.Mail.LastTo(englishAdministrator.Email!);
        Assert.Equal($"New application to Tube sans équipe: {orphan}", toEnglishAdministrator.Subject);
        Assert.Contains("has no administrator or coach yet", toEnglishAdministrator.TextBody);
        Assert.Equal($"/projects/{projectId}/decide", CapturingMailer.LinkIn(toEnglishAdministrator));
        // Without a language of their own, the administrator is written to in the incubator's.
        Assert.Equal($"Nouvelle candidature à Tube sans équipe\u00A0: {orphan}", app.Mail.LastTo(AppFactory.AdministratorEmail).Subject);
        Assert.DoesNotContain(app.Mail.Sent, m => m.Subject.Contains(looked, StringComparison.Ordinal) &&
                                                  (m.To == AppFactory.AdministratorEmail || m.To == englishAdministrator.Email));
    }

    [Fact]
    public async Task A_signed_in_applicant_is_linked_to_their_row_of_the_team_and_sees_the_project()
    {
        var incubator = await app.CreateOrganisationAsync();
        var (client, userId, email) = await app.PersonClientAsync(null);
        var name = $"Café {Guid.NewGuid():N}"[..16];
        var values = Valid(incubator.Id, name);
        values["Input.Team[0].Email"] = email;

        var form = await HtmlPage.GetAsync(client, "/projects/apply");
        Assert.Equal(email, form.Document.QuerySelector("input[name='Input.Team[0].Email']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client, "main form", values)).StatusCode);

        var project = await app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Members).SingleAsync(p => p.Name == name));
        Assert.Equal(userId, project.Members.Single(m => m.Email == email).UserId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/projects/{project.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("Input.Name", "", "en", "This field is required.")]
    [InlineData("Input.NeedAddressed", "", "fr-FR", "Ce champ est obligatoire.")]
    [InlineData("Input.Team[1].Email", "not-an-address", "en", "This e-mail address is not valid.")]
    [InlineData("Input.Tags", "a-theme-that-is-much-longer-than-sixty-characters-and-goes-on-and-on", "en", "Each theme must be 60 characters or fewer.")]
    [InlineData("Input.Priorities", "Astrology", "en", "This value is not valid.")]
    public async Task A_broken_application_is_refused_next_to_the_field_in_the_visitors_language(string field, string value, string culture, string message)
    {
        var incubator = await app.CreateOrganisationAsync();
        var visitor = app.VisitorClient(culture);
        var before = await app.WithDbAsync(db => db.Projects.CountAsync());
        var values = Valid(incubator.Id, "Refused");
        values[field] = value;

        var page = await visitor.SubmitExpectingErrorsAsync("/projects/apply", values);

        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(before, await app.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task An_application_without_its_applicant_or_to_an_organisation_that_is_not_an_incubator_is_refused()
    {
        var organisation = await app.CreateOrganisationAsync();
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Kind, OrganisationKind.Cooperative)));
        var incubator = await app.CreateOrganisationAsync();
        var visitor = app.VisitorClient();
        var noApplicant = Valid(incubator.Id, "Nobody");
        foreach (var key in new[] { "Input.Team[0].DisplayName", "Input.Team[0].Email", "Input.Team[0].Role" }) noApplicant[key] = "";
        var halfMember = Valid(incubator.Id, "Half");
        halfMember["Input.Team[1].DisplayName"] = "";

        var first = await visitor.SubmitExpectingErrorsAsync("/projects/apply", noApplicant);
        var second = await visitor.SubmitExpectingErrorsAsync("/projects/apply", Valid(organisation.Id, "Wrong door"));
        var third = await visitor.SubmitExpectingErrorsAsync("/projects/apply", halfMember);

        Assert.Equal("Tell us who you are: your name and e-mail.", first.FieldError("Input.Team[0].DisplayName"));
        Assert.Equal("Choose one of the incubators.", second.FieldError("Input.IncubatorId"));
        Assert.Equal("This field is required.", third.FieldError("Input.Team[1].DisplayName"));
    }
}
