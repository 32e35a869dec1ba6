using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

/// <summary>A placement from acceptance to closing: its page, its departure checklist and reminders, the coordinators'
/// board, the stay and the closing. Each test has its own app, because the reminders read every checklist of the
/// database and the clock moves. Today is 10 March 2026.</summary>
public sealed class PlacementTests
{
    private static readonly LocalDate MayStart = new(2026, 5, 10);
    private static readonly LocalDate AugustEnd = new(2026, 8, 31);

    private static async Task<int> RunRemindersAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChecklistReminders>().SendDueAsync();
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, Dictionary<string, string> values) =>
        await (await HtmlPage.GetAsync(client, url)).SubmitAsync(client, "main form[method=post]", values);

    /// <summary>A tick posted by someone whose page has no tick button, with their own antiforgery token.</summary>
    private static async Task<HttpResponseMessage> TickAsOtherAsync(HttpClient client, string page, Guid itemId) =>
        await client.PostAsync(page + "?handler=Tick", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["itemId"] = itemId.ToString(), ["__RequestVerificationToken"] = await Security.SweepRoutes.AntiforgeryTokenAsync(client),
        }));

    [Fact]
    public async Task The_placement_is_seen_by_its_coordinators_student_and_supervisor_and_not_found_to_others()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(MayStart, AugustEnd);

        foreach (var person in new[] { world.Coordinator, world.HostCoordinator, world.Student, world.Supervisor })
        {
            var page = await HtmlPage.GetAsync(person.Client, world.Page);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(person == world.Supervisor ? "En préparation" : "In preparation", page.Text("#placement-status"));
            Assert.Contains("Stages LOJIQ", page.Text("main dl"));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync(world.Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Coordinator.Client.GetAsync($"/mobility/placements/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Everyone_opening_a_new_placement_at_the_same_moment_gets_its_page_and_one_checklist()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(MayStart, AugustEnd);
        var people = new[] { world.Coordinator, world.HostCoordinator, world.Student, world.Supervisor };

        // Each page view creates the checklist the placement does not have yet: several at once must not lock each other.
        var statuses = await Task.WhenAll(people.Concat(people).Select(async person => (await person.Client.GetAsync(world.Page)).StatusCode));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(6, await app.WithDbAsync(db => db.ChecklistItems.CountAsync(i => i.PlacementId == world.PlacementId)));
    }

    [Fact]
    public async Task The_checklist_counts_its_due_dates_back_from_departure_and_marks_overdue_items_in_words()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(MayStart, AugustEnd);

        var page = await HtmlPage.GetAsync(world.Student.Client, world.Page);

        Assert.Equal(
            ["Tripartite internship agreement signed", "Visa or permit obtained", "Travel booked", "Insurance taken out", "Pre-departure session attended", "Emergency contact given"],
            page.Texts("#checklist-items tbody td:first-child"));
        Assert.StartsWith("2/24/2026", page.Text("#item-Agreement td:nth-child(2)"));
        Assert.Equal("Overdue", page.Text("#item-Agreement .badge"));
        Assert.Empty(page.Document.QuerySelectorAll("#item-Visa .badge"));
        Assert.Equal("3/11/2026", page.Text("#item-Visa td:nth-child(2)"));
        Assert.Equal("5/3/2026", page.Text("#item-EmergencyContact td:nth-child(2)"));
        Assert.Equal(6, await app.WithDbAsync(db => db.ChecklistItems.CountAsync(i => i.PlacementId == world.PlacementId)));
    }

    [Fact]
    public async Task The_student_ticks_their_own_items_the_coordinators_tick_any_and_others_change_nothing()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(MayStart, AugustEnd);
        var page = await HtmlPage.GetAsync(world.Student.Client, world.Page);
        Assert.Equal(2, page.Document.QuerySelectorAll("#checklist-items form").Length);

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Student.Client, "#item-Travel form")).StatusCode);
        var items = await app.WithDbAsync(db => db.ChecklistItems.AsNoTracking().Where(i => i.PlacementId == world.PlacementId).ToListAsync());
        var travel = items.Single(i => i.Kind == ChecklistItemKind.Travel);
        Assert.Equal(world.Student.Id, travel.DoneById);
        var visa = items.Single(i => i.Kind == ChecklistItemKind.Visa);

        var coordinatorPage = await HtmlPage.GetAsync(world.Coordinator.Client, world.Page);
        Assert.Equal($"Done by {(await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == world.Student.Id))).DisplayName} on 3/10/2026",
            coordinatorPage.Text("#item-Travel td:nth-child(3)"));
        var forged = new Dictionary<string, string> { ["itemId"] = visa.Id.ToString() };
        Assert.Equal(HttpStatusCode.Forbidden, (await page.SubmitAsync(world.Student.Client, "#item-Travel form", forged)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await TickAsOtherAsync(world.Supervisor.Client, world.Page, visa.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TickAsOtherAsync(world.Outsider.Client, world.Page, visa.Id)).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.ChecklistItems.Where(i => i.Id == visa.Id).Select(i => i.DoneAt).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await coordinatorPage.SubmitAsync(world.Coordinator.Client, "#item-Visa form")).StatusCode);
        Assert.Equal(world.Coordinator.Id, await app.WithDbAsync(db => db.ChecklistItems.Where(i => i.Id == visa.Id).Select(i => i.DoneById).SingleAsync()));
    }

    [Fact]
    public async Task The_student_is_reminded_once_per_item_due_soon_in_their_language()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(MayStart, AugustEnd, studentCulture: "fr-CA");
        await app.WithDbAsync(db => DepartureChecklist.EnsureAsync(db, db.Placements.Single(p => p.Id == world.PlacementId)));

        // 10 March: the agreement is overdue and the visa due tomorrow; travel (26 March) is not due soon yet.
        Assert.Equal(2, await RunRemindersAsync(app));
        Assert.Equal(0, await RunRemindersAsync(app));
        var subjects = app.Mail.Sent.Select(m => m.Subject).Order().ToList();
        Assert.Equal(["À faire d’ici le 2026-03-11 avant votre départ\u00A0: Visa ou permis obtenu", "En retard avant votre départ\u00A0: Entente de stage tripartite signée"], subjects);
        Assert.Equal(world.Page, CapturingMailer.LinkIn(app.Mail.Sent[0]));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 14, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunRemindersAsync(app));
        Assert.Equal(0, await RunRemindersAsync(app));
    }

    [Fact]
    public async Task The_board_shows_each_coordinated_placement_with_its_checklist_filters_sorts_and_refuses_students()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(MayStart, AugustEnd);
        var later = await app.PlacementWorldAsync(new LocalDate(2026, 9, 1), new LocalDate(2026, 12, 15), programmeName: "OFQJ");

        var board = await HtmlPage.GetAsync(world.Coordinator.Client, "/mobility/placements");
        Assert.Equal(HttpStatusCode.OK, board.Status);
        Assert.Single(board.Document.QuerySelectorAll("#placements tbody tr"));
        Assert.Equal("⚠ Overdue 2/24/2026", board.Text($"#placement-{world.PlacementId} td[data-item=Agreement]"));
        Assert.Equal("Due on 3/11/2026", board.Text($"#placement-{world.PlacementId} td[data-item=Visa]"));

        var admin = await app.SignedInClientAsync(AppFactory.AdministratorEmail);
        var all = await HtmlPage.GetAsync(admin, "/mobility/placements?sort=Overdue");
        Assert.Equal([$"placement-{world.PlacementId}", $"placement-{later.PlacementId}"],
            all.Document.QuerySelectorAll("#placements tbody tr").Select(r => r.Id!).Take(2).ToList());
        var ofqj = await HtmlPage.GetAsync(admin, $"/mobility/placements?programme={later.ProgrammeId}");
        Assert.Equal([$"placement-{later.PlacementId}"], ofqj.Document.QuerySelectorAll("#placements tbody tr").Select(r => r.Id!).ToList());
        Assert.Equal("No placement matches.", (await HtmlPage.GetAsync(world.Coordinator.Client, "/mobility/placements?status=Completed")).Text(".empty"));

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Student.Client.GetAsync("/mobility/placements")).StatusCode);
    }

    [Fact]
    public async Task The_stay_is_followed_step_by_step_and_each_date_is_checked()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(new LocalDate(2026, 1, 12), new LocalDate(2026, 5, 29));
        var arrival = world.Page + "/arrival";

        var early = await HtmlPage.FromAsync(await SubmitAsync(world.Coordinator.Client, arrival, new() { ["Input.On"] = "2026-01-11" }));
        Assert.Equal("The arrival cannot be before the placement starts.", early.FieldError("Input.On"));
        Assert.Equal(PlacementStatus.Preparing, (await app.PlacementAsync(world.PlacementId)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Student.Client.GetAsync(arrival)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync(arrival)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Coordinator.Client, arrival, new() { ["Input.On"] = "2026-01-13" })).StatusCode);
        Assert.Equal(PlacementStatus.InStay, (await app.PlacementAsync(world.PlacementId)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Coordinator.Client, world.Page + "/check-in",
            new() { ["Input.On"] = "2026-03-02", ["Input.Notes"] = "Bonne intégration" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Coordinator.Client, world.Page + "/incidents/new",
            new() { ["Input.OccurredOn"] = "2026-03-05", ["Input.Summary"] = "Chute à vélo, sans gravité", ["Input.ConfidentialNote"] = "Arrêt de travail de 3 jours" })).StatusCode);
        var coordinatorView = await HtmlPage.GetAsync(world.Coordinator.Client, world.Page);
        Assert.Contains("Arrêt de travail de 3 jours", coordinatorView.Text("#incidents"));
        foreach (var person in new[] { world.Student, world.Supervisor })
        {
            var view = await HtmlPage.GetAsync(person.Client, world.Page);
            Assert.Contains("Chute à vélo, sans gravité", view.Text("#incidents"));
            Assert.DoesNotContain("Arrêt de travail", view.Html);
            Assert.DoesNotContain("Bonne intégration", view.Html);
        }

        var afterEnd = await HtmlPage.FromAsync(await SubmitAsync(world.Coordinator.Client, world.Page + "/early-return",
            new() { ["Input.On"] = "2026-05-29", ["Input.Reason"] = "Raisons familiales" }));
        Assert.Equal("An early return must be before the placement ends.", afterEnd.FieldError("Input.On"));
        Assert.Equal(PlacementStatus.InStay, (await app.PlacementAsync(world.PlacementId)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(world.Coordinator.Client, world.Page + "/early-return",
            new() { ["Input.On"] = "2026-03-09", ["Input.Reason"] = "Raisons familiales" })).StatusCode);
        Assert.Equal(PlacementStatus.EndedEarly, (await app.PlacementAsync(world.PlacementId)).Status);
        Assert.Equal("Ended early", (await HtmlPage.GetAsync(world.Student.Client, world.Page)).Text("#placement-status"));
    }

    [Fact]
    public async Task The_questionnaire_and_the_evaluation_complete_the_placement_in_each_readers_language()
    {
        await using var app = new AppFactory();
        var world = await app.PlacementWorldAsync(new LocalDate(2025, 9, 1), new LocalDate(2026, 2, 27), studentCulture: "fr-CA");
        await SubmitAsync(world.Coordinator.Client, world.Page + "/arrival", new() { ["Input.On"] = "2025-09-01" });

        var questionnaire = await HtmlPage.GetAsync(world.Student.Client, world.Page + "/questionnaire");
        Assert.Equal("Questionnaire de retour", questionnaire.Text("h1"));
        var missing = await HtmlPage.FromAsync(await questionnaire.SubmitAsync(world.Student.Client, "main form", new Dictionary<string, string> { ["Input.Text"] = "La gouvernance d'une SCIC" }));
        Assert.Equal(HttpStatusCode.OK, missing.Status);
        Assert.NotNull(missing.FieldError("Input.Rating"));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Supervisor.Client.GetAsync(world.Page + "/questionnaire")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await questionnaire.SubmitAsync(world.Student.Client, "main form",
            new Dictionary<string, string> { ["Input.Rating"] = "5", ["Input.Text"] = "La gouvernance d'une SCIC", ["Input.Again"] = "true" })).StatusCode);
        Assert.Equal(PlacementStatus.InStay, (await app.PlacementAsync(world.PlacementId)).Status);

        var evaluation = await HtmlPage.GetAsync(world.Supervisor.Client, world.Page + "/evaluation");
        Assert.Equal("Quelles compétences la ou le stagiaire a-t-il montrées\u202F?", evaluation.Label("Input.Text"));
        Assert.Equal(HttpStatusCode.Redirect, (await evaluation.SubmitAsync(world.Supervisor.Client, "main form",
            new Dictionary<string, string> { ["Input.Rating"] = "4", ["Input.Text"] = "Animation, rigueur", ["Input.Again"] = "true" })).StatusCode);
        Assert.Equal(PlacementStatus.Completed, (await app.PlacementAsync(world.PlacementId)).Status);
        Assert.Equal("Terminé", (await HtmlPage.GetAsync(world.Student.Client, world.Page)).Text("#placement-status"));
    }
}
