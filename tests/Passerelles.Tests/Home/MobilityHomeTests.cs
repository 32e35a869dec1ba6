using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Mobility;
using Passerelles.Web.Features.Home;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Home;

/// <summary>What awaits each person in student mobility on their home page: a student their applications and open
/// checklist items, a reviewer the applications awaiting their decision, a coordinator the overdue checklist items of
/// their placements, a housing association the requests awaiting its answer. A section with nothing in it is not shown.</summary>
public sealed class MobilityHomeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] MobilitySections =
        ["#my-applications-heading", "#my-checklist-heading", "#to-decide-heading", "#overdue-checklist-heading", "#housing-requests-heading"];

    /// <summary>The app's clock is 10 March 2026: leaving on 1 April, the first four items (due 75, 60, 45 and 30 days
    /// before) are overdue, the last two are not.</summary>
    private Task<PlacementTesting.World> LeavingSoonAsync(string studentCulture = "en") =>
        app.PlacementWorldAsync(new LocalDate(2026, 4, 1), new LocalDate(2026, 7, 31), studentCulture);

    private static void HasNoSectionBut(HtmlPage home, params string[] shown)
    {
        foreach (var section in MobilitySections)
            Assert.Equal(shown.Contains(section), home.Document.QuerySelector(section) is not null);
    }

    [Fact]
    public async Task A_student_sees_their_applications_and_their_first_open_checklist_items_with_the_overdue_ones_said_in_words()
    {
        var world = await LeavingSoonAsync("fr-FR");
        var applicationId = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == world.PlacementId).Select(p => p.ApplicationId).SingleAsync());

        var home = await HtmlPage.GetAsync(world.Student.Client, "/");

        HasNoSectionBut(home, "#my-applications-heading", "#my-checklist-heading");
        Assert.Equal("Mes candidatures", home.Text("#my-applications-heading"));
        var application = Assert.Single(home.Document.QuerySelectorAll(".home-my-applications li"));
        Assert.Equal($"/mobility/applications/{applicationId}", application.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Stage en animation de tiers-lieu — Retenue", application.TextContent.Trim());

        var items = home.Document.QuerySelectorAll(".home-my-checklist li").ToList();
        Assert.Equal(MobilityWork.Limit, items.Count);
        Assert.All(items, i => Assert.Equal($"/mobility/placements/{world.PlacementId}#checklist", i.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal([true, true, true, true, false], items.Select(i => i.TextContent.Contains("En retard")));
        Assert.Contains("échéance\u00A0: 16/01/2026", items[0].TextContent);
        Assert.Equal("En tout\u00A0: 6", home.Text("section[aria-labelledby='my-checklist-heading'] p"));
        Assert.DoesNotContain("Overdue", home.MainText());
    }

    [Fact]
    public async Task A_reviewer_sees_how_many_applications_await_their_decision_with_links_to_the_first_ones()
    {
        var world = await app.PlacementWorldAsync(new LocalDate(2026, 9, 1), new LocalDate(2026, 12, 31));
        var applicant = await app.PersonAsync();
        var submitted = await app.WithDbAsync(async db =>
        {
            var acceptedId = await db.Placements.Where(p => p.Id == world.PlacementId).Select(p => p.ApplicationId).SingleAsync();
            var accepted = await db.MobilityApplications.SingleAsync(a => a.Id == acceptedId);
            var application = new MobilityApplication
            {
                OfferId = accepted.OfferId, ApplicantId = applicant.Id, SendingOrganisationId = world.SendingId, BirthDate = new LocalDate(2004, 1, 2),
                DeclaresResidence = true, StartsOn = accepted.StartsOn, EndsOn = accepted.EndsOn, Motivation = "Découvrir", Status = ApplicationStatus.Submitted,
                SubmittedAt = Instant.FromUtc(2026, 3, 1, 12, 0),
            };
            db.MobilityApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

        var home = await HtmlPage.GetAsync(world.HostCoordinator.Client, "/");

        HasNoSectionBut(home, "#to-decide-heading");
        Assert.Equal("Awaiting your decision: 1", home.Text(".home-to-decide-count"));
        var row = Assert.Single(home.Document.QuerySelectorAll(".home-to-decide li"));
        Assert.Equal($"/mobility/applications/{submitted}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Stage en animation de tiers-lieu", row.TextContent);
        Assert.Contains("Submitted", row.TextContent);
        HasNoSectionBut(await HtmlPage.GetAsync(world.Outsider.Client, "/"));
    }

    [Fact]
    public async Task A_coordinator_sees_the_overdue_checklist_items_of_the_placements_they_coordinate_and_no_others()
    {
        var world = await LeavingSoonAsync();
        await app.WithDbAsync(async db => await DepartureChecklist.EnsureAsync(db, await db.Placements.SingleAsync(p => p.Id == world.PlacementId)));
        await app.WithDbAsync(db => db.ChecklistItems.Where(i => i.PlacementId == world.PlacementId && i.Kind == ChecklistItemKind.Visa)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DoneAt, Instant.FromUtc(2026, 2, 1, 12, 0))));
        var student = await app.WithDbAsync(db => db.Users.Where(u => u.Id == world.Student.Id).Select(u => u.DisplayName).SingleAsync());

        var home = await HtmlPage.GetAsync(world.Coordinator.Client, "/");

        Assert.Equal("Overdue items in the placements you coordinate: 3", home.Text(".home-overdue-checklist-count"));
        var rows = home.Document.QuerySelectorAll(".home-overdue-checklist li").ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.StartsWith($"{student} — ", r.TextContent.Trim()));
        Assert.All(rows, r => Assert.EndsWith("Overdue", r.TextContent.Trim()));
        Assert.Contains("Tripartite internship agreement signed", rows[0].TextContent);
        Assert.Equal($"/mobility/placements/{world.PlacementId}#checklist", rows[0].QuerySelector("a")!.GetAttribute("href"));
        HasNoSectionBut(await HtmlPage.GetAsync(world.Outsider.Client, "/"));
    }

    [Fact]
    public async Task A_housing_association_sees_the_requests_awaiting_its_answer()
    {
        var world = await app.HousingWorldAsync();
        var request = await app.RequestAsync(world, new LocalDate(2027, 3, 1), new LocalDate(2027, 8, 31));
        await app.RequestAsync(world, new LocalDate(2027, 3, 1), new LocalDate(2027, 8, 31), HousingRequestStatus.Offered);

        var home = await HtmlPage.GetAsync(world.Association.Client, "/");

        HasNoSectionBut(home, "#housing-requests-heading");
        Assert.Equal("Awaiting your answer: 1", home.Text(".home-housing-requests-count"));
        var row = Assert.Single(home.Document.QuerySelectorAll(".home-housing-requests li"));
        Assert.Equal($"/mobility/housing/{request.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Léa Tremblay — Résidence de Tarnos, From 3/1/2027 to 8/31/2027", row.TextContent.Trim());
        HasNoSectionBut(await HtmlPage.GetAsync(world.Outsider.Client, "/"));
    }
}
