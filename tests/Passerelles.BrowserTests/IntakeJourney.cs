using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.BrowserTests;

public sealed class IntakeJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_visitor_applies_staff_accept_the_project_into_a_cohort_and_its_pages_are_accessible()
    {
        var tag = NetworkSetup.NewTag();
        var tube = await browser.App.CreateOrganisationAsync($"Tube à ESS'ai {tag}", Side.France);
        await browser.App.WithDbAsync(async db =>
        {
            await db.Organisations.Where(o => o.Id == tube.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true));
            db.Cohorts.Add(new Cohort
            {
                Programme = new Programme { IncubatorId = tube.Id, Name = $"Incubation {tag}" },
                Name = "Promotion 2026", StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15), Capacity = 6,
            });
            await db.SaveChangesAsync();
        });
        var coach = await browser.App.MemberAsync(tube, MemberRole.Coach, $"Marie Gagnon {tag}", "fr-FR");
        var name = $"Recyclerie du Seignanx {tag}";

        // A visitor applies; they find the incubator by a search, then the need was forgotten, so the form comes back
        // with the error beside that field.
        var visitor = await browser.NewPageAsync("fr-FR");
        await visitor.GotoAsync("/projects/apply");
        await visitor.GetByLabel("Nom du projet").FillAsync(name);
        var incubator = visitor.GetByRole(AriaRole.Group, new() { Name = "Incubateur" });
        await incubator.GetByRole(AriaRole.Searchbox).FillAsync($"Tube {tag}");
        await incubator.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Radio, new() { Name = tube.Name }).CheckAsync();
        await Assertions.Expect(visitor.GetByLabel("Nom du projet")).ToHaveValueAsync(name);
        await visitor.GetByLabel("Bénéficiaires").FillAsync("Habitants du Seignanx");
        await visitor.GetByLabel("Territoire").FillAsync("Communauté de communes du Seignanx");
        var applicant = visitor.GetByRole(AriaRole.Group, new() { Name = "Vous, qui candidatez" });
        await applicant.GetByLabel("Nom", new() { Exact = true }).FillAsync("Inès Etcheverry");
        await applicant.GetByLabel("Adresse e-mail").FillAsync($"ines.{tag}@example.org");
        await visitor.GetByRole(AriaRole.Checkbox, new() { Name = "J'ai lu ces informations." }).CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Envoyer la candidature" }).ClickAsync();

        var need = visitor.GetByLabel("Besoin auquel le projet répond");
        await Assertions.Expect(need).ToHaveAccessibleDescriptionAsync(new Regex("Ce champ est obligatoire"));
        await Assertions.Expect(visitor.GetByLabel("Nom du projet")).ToHaveValueAsync(name);
        await need.FillAsync("Les objets réparables finissent à la déchetterie faute de lieu pour les réparer.");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Envoyer la candidature" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Candidature envoyée" })).ToBeVisibleAsync();

        // The incubator's coach decides it from the applications.
        var staff = await browser.SignedInPageAsync(coach.Email!, "fr-FR");
        await staff.GotoAsync("/projects/applications");
        await staff.GetByRole(AriaRole.Link, new() { Name = $"Décider de {name}" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = $"Décider de {name}" })).ToBeVisibleAsync();
        await staff.GetByLabel("Accepter dans une cohorte").CheckAsync();
        await staff.GetByLabel("Cohorte", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"Incubation {tag} — Promotion 2026 (0 / 6)" });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();

        var projectId = await browser.App.WithDbAsync(db => db.Projects.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        await Assertions.Expect(staff).ToHaveURLAsync(new Regex($"/projects/{projectId}$"));
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("ol.timeline")).ToContainTextAsync("Candidature reçue");

        // Once the project has a milestone, a planned one and a session with an action, its pages still pass.
        await browser.App.WithDbAsync(async db =>
        {
            db.Milestones.Add(new Milestone { ProjectId = projectId, Kind = MilestoneKind.LegalCreation, On = new LocalDate(2026, 2, 2), LegalForm = "SCIC", RegistryNumber = "732829320" });
            db.Milestones.Add(new Milestone { ProjectId = projectId, Kind = MilestoneKind.JobsCreated, On = new LocalDate(2026, 9, 1), Fte = 1.5m });
            var session = new CoachingSession { IncubatorId = tube.Id, Kind = CoachingKind.Individual, DurationMinutes = 90, CoachId = coach.Id, Topics = "Modèle économique", Notes = "**Budget** à revoir" };
            session.AddProject(projectId);
            session.ScheduleAt(Instant.FromUtc(2026, 3, 3, 9, 0), "Europe/Paris");
            db.CoachingSessions.Add(session);
            db.CoachingActions.Add(new CoachingAction { SessionId = session.Id, IncubatorId = session.IncubatorId, ProjectId = projectId, OwnerId = coach.Id, DueOn = new LocalDate(2026, 3, 5), Description = "Écrire le budget prévisionnel" });
            await db.SaveChangesAsync();
        });
        await staff.ReloadAsync();
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("SCIC");

        await staff.GetByRole(AriaRole.Link, new() { Name = "Accompagnement", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = $"Journal d'accompagnement de {name}" })).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator(".overdue").First).ToBeVisibleAsync();

        foreach (var url in new[] { $"/projects/{projectId}/timeline", $"/projects/{projectId}/sharing" }) await staff.GotoAsync(url);
    }
}
