using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Circles;

/// <summary>Before a session or a series is saved, the organiser is told what it collides with (another session of the
/// circle or of a member, a member's working hours, a public holiday of either side), and saves only by confirming.</summary>
public sealed class SchedulingWarningsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    private static IReadOnlyList<string> Warnings(HtmlPage page) => page.Texts(".scheduling-warnings li").Select(Plain).ToList();

    private async Task<HtmlPage> PlanAsync(CirclesTesting.CircleWorld world, Dictionary<string, string> fields)
    {
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
        return await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", fields));
    }

    private Task<int> CountAsync(Guid circleId, string title) =>
        app.WithDbAsync(db => db.CircleSessions.CountAsync(s => s.CircleId == circleId && s.Title == title));

    [Fact]
    public async Task A_session_over_another_of_the_circle_is_questioned_and_saved_only_once_the_organiser_confirms()
    {
        var world = await app.CircleAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PlanAsync(world, CirclesTesting.SessionFields("Première", "2026-03-17", "10:00"))).Status);

        var warned = await PlanAsync(world, CirclesTesting.SessionFields("Doublon", "2026-03-17", "10:30"));

        Assert.Equal(HttpStatusCode.OK, warned.Status);
        Assert.Equal(["Tuesday, March 17, 2026, 10:30 AM Montréal · 3:30 PM Paris overlaps “Première”, another session of this circle " +
                      "(Tuesday, March 17, 2026, 10:00 AM Montréal · 3:00 PM Paris)."], Warnings(warned));
        Assert.Equal("Save anyway, despite these conflicts", warned.Label("Input.Acknowledged"));
        Assert.Equal(0, await CountAsync(world.CircleId, "Doublon"));
        Assert.DoesNotContain(app.Mail.Sent, m => m.Subject.Contains("Doublon"));

        var token = warned.Document.QuerySelector("#acknowledged")!.GetAttribute("value")!;
        var movedMeanwhile = await HtmlPage.FromAsync(await warned.SubmitAsync(world.Quebec.Client, "main form",
            new Dictionary<string, string> { ["Input.Time"] = "10:45", ["Input.Acknowledged"] = token }));
        Assert.Equal(HttpStatusCode.OK, movedMeanwhile.Status);
        Assert.Equal(0, await CountAsync(world.CircleId, "Doublon"));

        var token2 = movedMeanwhile.Document.QuerySelector("#acknowledged")!.GetAttribute("value")!;
        var saved = await movedMeanwhile.SubmitAsync(world.Quebec.Client, "main form", new Dictionary<string, string> { ["Input.Acknowledged"] = token2 });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await CountAsync(world.CircleId, "Doublon"));
    }

    [Fact]
    public async Task A_series_on_the_same_Tuesday_slots_as_an_existing_series_of_the_circle_is_questioned()
    {
        var world = await app.CircleAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Rencontre", ["Input.FirstDate"] = "2026-03-17", ["Input.Time"] = "10:00", ["Input.TimeZoneId"] = "America/Toronto",
            ["Input.DurationMinutes"] = "90", ["Input.Recurrence"] = "Weekly", ["Input.Count"] = "2", ["Input.KeepsItsHour"] = "Quebec",
        };
        var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/series/new");
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Quebec.Client, "main form", fields)).StatusCode);

        fields["Input.Title"] = "Rencontre bis";
        var warned = await HtmlPage.FromAsync(await page.SubmitAsync(world.Quebec.Client, "main form", fields));

        Assert.Equal(HttpStatusCode.OK, warned.Status);
        Assert.Equal([
            "Tuesday, March 17, 2026, 10:00 AM Montréal · 3:00 PM Paris overlaps “Rencontre”, another session of this circle (Tuesday, March 17, 2026, 10:00 AM Montréal · 3:00 PM Paris).",
            "Tuesday, March 24, 2026, 10:00 AM Montréal · 3:00 PM Paris overlaps “Rencontre”, another session of this circle (Tuesday, March 24, 2026, 10:00 AM Montréal · 3:00 PM Paris).",
        ], Warnings(warned));
        Assert.Equal(0, await CountAsync(world.CircleId, "Rencontre bis"));
        Assert.Equal(1, await app.WithDbAsync(db => db.SessionSeries.CountAsync(s => s.CircleId == world.CircleId)));
    }

    [Fact]
    public async Task A_session_at_3_19_in_Paris_is_outside_every_member_s_working_hours_each_named_in_their_own_time()
    {
        var world = await app.CircleAsync();
        await app.WithDbAsync(async db =>
        {
            db.WorkingHours.Add(new WorkingHours { UserId = world.France.User.Id, Starts = new NodaTime.LocalTime(9, 0), Ends = new NodaTime.LocalTime(17, 0), Days = WorkingHours.DaysOf([NodaTime.IsoDayOfWeek.Tuesday]) });
            await db.SaveChangesAsync();
        });

        var warned = await PlanAsync(world, CirclesTesting.SessionFields("Nuit", "2026-03-17", "03:19", zone: "Europe/Paris", minutes: "60"));

        const string when = "Monday, March 16, 2026, 10:19 PM Montréal · 3:19 AM Paris";
        Assert.Equal([
            $"{when} is outside the working hours of Amaia Duhalde (8:00 AM–6:00 PM): for them it is Tuesday 3:19 AM (Paris).",
            $"{when} is outside the working hours of Julie Tremblay (8:00 AM–6:00 PM): for them it is Monday 10:19 PM (Montréal).",
            $"{when} is outside the working hours of Pierre Etcheverry (9:00 AM–5:00 PM): for them it is Tuesday 3:19 AM (Paris).",
        ], Warnings(warned));
        Assert.Equal(0, await CountAsync(world.CircleId, "Nuit"));
    }

    [Fact]
    public async Task A_session_on_a_day_a_member_does_not_work_names_the_member()
    {
        var world = await app.CircleAsync();
        await app.WithDbAsync(async db =>
        {
            db.WorkingHours.Add(new WorkingHours { UserId = world.Member.User.Id, Starts = new NodaTime.LocalTime(8, 0), Ends = new NodaTime.LocalTime(18, 0), Days = WorkingHours.DaysOf([NodaTime.IsoDayOfWeek.Monday]) });
            await db.SaveChangesAsync();
        });

        var warned = await PlanAsync(world, CirclesTesting.SessionFields("Mardi", "2026-03-17", "10:00"));

        Assert.Equal(["Tuesday, March 17, 2026, 10:00 AM Montréal · 3:00 PM Paris falls on a day when Amaia Duhalde does not work: for them it is Tuesday 3:00 PM (Paris)."],
            Warnings(warned));
    }

    [Fact]
    public async Task A_session_over_one_of_a_member_s_other_circle_names_the_session_the_circle_and_the_member()
    {
        var world = await app.CircleAsync();
        var other = new Circle { Name = "Cercle juridique", Purpose = "Le droit des coopératives." };
        other.ChooseCoFacilitator(Side.Quebec, world.Quebec.User.Id);
        other.ChooseCoFacilitator(Side.France, world.Member.User.Id);
        var busy = new CircleSession { CircleId = other.Id, Title = "Statuts de SCIC" };
        busy.Schedule(NodaTime.Instant.FromUtc(2026, 3, 17, 15, 0), "Europe/Paris", 60);
        await app.WithDbAsync(async db =>
        {
            db.Circles.Add(other);
            db.CircleSessions.Add(busy);
            await db.SaveChangesAsync();
        });

        var warned = await PlanAsync(world, CirclesTesting.SessionFields("Financement", "2026-03-17", "10:00"));

        Assert.Equal(["Tuesday, March 17, 2026, 10:00 AM Montréal · 3:00 PM Paris overlaps “Statuts de SCIC” of the circle Cercle juridique " +
                      "(Tuesday, March 17, 2026, 11:00 AM Montréal · 4:00 PM Paris); in both circles: Amaia Duhalde, Julie Tremblay."], Warnings(warned));
    }

    [Fact]
    public async Task A_session_on_a_public_holiday_of_either_side_names_the_holiday()
    {
        var world = await app.CircleAsync();

        var france = await PlanAsync(world, CirclesTesting.SessionFields("Bilan", "2026-05-08", "10:00"));
        var quebec = await PlanAsync(world, CirclesTesting.SessionFields("Bilan", "2026-06-24", "10:00"));

        Assert.Equal(["Friday, May 8, 2026, 10:00 AM Montréal · 4:00 PM Paris falls on Victory in Europe Day, a public holiday in France."], Warnings(france));
        Assert.Equal(["Wednesday, June 24, 2026, 10:00 AM Montréal · 4:00 PM Paris falls on Fête nationale du Québec, a public holiday in Québec."], Warnings(quebec));
        Assert.Equal(0, await CountAsync(world.CircleId, "Bilan"));
    }

    [Fact]
    public async Task Moving_a_session_onto_a_holiday_is_questioned_but_changing_only_its_title_is_not()
    {
        var world = await app.CircleAsync();
        var response = await (await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new"))
            .SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields("Atelier", "2026-05-07", "10:00"));
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var edit = await HtmlPage.GetAsync(world.France.Client, $"/circles/sessions/{id}/edit");

        var warned = await HtmlPage.FromAsync(await edit.SubmitAsync(world.France.Client, "main form", new Dictionary<string, string> { ["Input.Date"] = "2026-05-08" }));
        Assert.Equal(["Friday, May 8, 2026, 4:00 PM Paris · 10:00 AM Montréal falls on Victory in Europe Day, a public holiday in France."], Warnings(warned));
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 5, 7, 14, 0), await app.WithDbAsync(db => db.CircleSessions.Where(s => s.Id == id).Select(s => s.StartsAt).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.France.Client, "main form", new Dictionary<string, string> { ["Input.Title"] = "Atelier renommé" })).StatusCode);
        Assert.Equal(1, await CountAsync(world.CircleId, "Atelier renommé"));
    }
}
