using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Tests.Bridges;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

/// <summary>Deleting an event, a presentation, a feedback note and a contact after confirmation: who may, and what goes
/// with each.</summary>
public sealed class EventDeletionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record World(
        Organisation Organiser, MissionsTesting.Person Administrator, MissionsTesting.Person Coach, MissionsTesting.Person Speaker,
        MissionsTesting.Person Stranger, Event Event, Presentation Presentation, PresentationFeedback Feedback, PresentationContact Contact);

    private SlideFiles Slides => app.Services.GetRequiredService<SlideFiles>();

    /// <summary>The Assises, organised by an organisation whose administrator edits the event; its coach attended a
    /// presentation with slides, gave feedback and recorded a contact there; its speaker belongs to another organisation;
    /// a stranger, on no organisation's staff, knows nothing of the event.</summary>
    private async Task<World> WorldAsync()
    {
        var organiser = await app.CreatePublicOrganisationAsync("PTCE", Side.France);
        var other = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var administrator = await app.PersonAsync(organiser.Id, MemberRole.OrganisationAdministrator);
        var coach = await app.PersonAsync(organiser.Id, MemberRole.Coach);
        var speaker = await app.PersonAsync(other.Id, MemberRole.Coach);
        var stranger = await app.PersonAsync();
        var slides = await Slides.Store.StoreAsync("%PDF-1.4 diaporama"u8.ToArray());
        var at = Instant.FromUtc(2023, 10, 23, 8, 0);
        var (e, presentation, feedback, contact) = await app.WithDbAsync(async db =>
        {
            var e = new Event
            {
                Name = "Assises", StartsOn = new LocalDate(2023, 10, 23), EndsOn = new LocalDate(2023, 10, 24), City = "La Rochelle",
                TimeZoneId = "Europe/Paris", OrganiserId = organiser.Id, Themes = MissionThemes.Innovation,
            };
            var presentation = new Presentation
            {
                EventId = e.Id, Title = "Grille RQIS", StartsAt = at, EndsAt = at.Plus(Duration.FromHours(1)), ZoneId = "Europe/Paris",
                SlidesStoredName = slides, SlidesFileName = "grille.pdf", SlidesContentType = "application/pdf",
            };
            presentation.Speakers.Add(new PresentationSpeaker { PresentationId = presentation.Id, UserId = speaker.Id });
            var feedback = new PresentationFeedback { PresentationId = presentation.Id, AuthorId = coach.Id, WrittenAt = at, Text = "Très utile" };
            var contact = new PresentationContact
            {
                PresentationId = presentation.Id, Name = "Nadia Roy", ControllerOrganisationId = organiser.Id, RecordedById = coach.Id, RecordedAt = at,
            };
            presentation.Feedback.Add(feedback);
            presentation.Contacts.Add(contact);
            e.Presentations.Add(presentation);
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return (e, presentation, feedback, contact);
        });
        return new World(organiser, administrator, coach, speaker, stranger, e, presentation, feedback, contact);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await page.SubmitAsync(client, "main form");
    }

    private Task<int> CountAsync(World world) => app.WithDbAsync(async db =>
        await db.Events.CountAsync(e => e.Id == world.Event.Id) + await db.Presentations.CountAsync(p => p.Id == world.Presentation.Id)
        + await db.PresentationFeedback.CountAsync(f => f.Id == world.Feedback.Id) + await db.PresentationContacts.CountAsync(c => c.Id == world.Contact.Id));

    [Fact]
    public async Task Deleting_an_event_deletes_its_presentations_and_slides_and_the_itinerary_items_that_took_part_in_it_only_lose_the_link()
    {
        var world = await WorldAsync();
        var mission = await app.CreateMissionAsync(world.Organiser.Id, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24));
        var item = await app.AddVisitAsync(mission.Id, world.Organiser.Id, "Assises", new LocalDateTime(2023, 10, 23, 9, 0), new LocalDateTime(2023, 10, 23, 18, 0),
            kind: ItineraryKind.Meeting);
        await app.WithDbAsync(db => db.ItineraryItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.EventId, world.Event.Id)));

        var url = $"/events/{world.Event.Id}/delete";
        var confirm = await HtmlPage.GetAsync(world.Administrator.Client, url);
        Assert.Equal("Delete the event Assises?", confirm.Text("h1"));
        Assert.Equal("Delete the event Assises? · Passerelles", confirm.Document.Title);
        Assert.Equal([
            "Presentations deleted with it, with their feedback, contacts and slides: 1.",
            "Itinerary items of missions that take part in it, which stay in their itineraries without the link to the event: 1.",
        ], confirm.Texts(".deletion-detail"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.Administrator.Client, "main form")).StatusCode);

        Assert.Equal(0, await CountAsync(world));
        var kept = Assert.Single(await app.ItemsAsync(mission.Id));
        Assert.Equal(("Assises", (Guid?)null), (kept.Title, kept.EventId));
        Assert.Null(await Slides.Store.OpenAsync(world.Presentation.SlidesStoredName));
        Assert.Equal(HttpStatusCode.NotFound, (await world.Administrator.Client.GetAsync($"/events/{world.Event.Id}")).StatusCode);
    }

    [Fact]
    public async Task Only_those_who_edit_the_event_delete_it_or_its_presentations_and_nothing_changes_for_the_others()
    {
        var world = await WorldAsync();
        foreach (var url in new[] { $"/events/{world.Event.Id}/delete", $"/events/presentations/{world.Presentation.Id}/delete" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await world.Coach.Client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await world.Coach.Client.PostFormAsync(url, new())).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await world.Speaker.Client.PostFormAsync(url, new())).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await world.Stranger.Client.PostFormAsync(url, new())).StatusCode);
        }
        Assert.Equal(4, await CountAsync(world));

        var french = await app.PersonAsync(world.Organiser.Id, MemberRole.OrganisationAdministrator, "fr-CA");
        var confirm = await HtmlPage.GetAsync(french.Client, $"/events/presentations/{world.Presentation.Id}/delete");
        Assert.Equal("Supprimer la présentation Grille RQIS?", confirm.Text("h1"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(french.Client, "main form")).StatusCode);
        Assert.Equal(1, await CountAsync(world));
        Assert.Null(await Slides.Store.OpenAsync(world.Presentation.SlidesStoredName));
    }

    [Fact]
    public async Task Feedback_is_deleted_by_its_author_or_those_who_edit_the_event()
    {
        var world = await WorldAsync();
        var url = $"/events/presentations/{world.Presentation.Id}/feedback/{world.Feedback.Id}/delete";
        var presentationPage = await HtmlPage.GetAsync(world.Speaker.Client, $"/events/presentations/{world.Presentation.Id}");
        Assert.Null(presentationPage.Document.QuerySelector($"#feedback-{world.Feedback.Id} a.delete-link"));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Speaker.Client.PostFormAsync(url, new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Stranger.Client.PostFormAsync(url, new())).StatusCode);
        Assert.Equal(4, await CountAsync(world));

        var own = await HtmlPage.GetAsync(world.Coach.Client, $"/events/presentations/{world.Presentation.Id}");
        var deleted = await ConfirmAsync(world.Coach.Client, own.Document.QuerySelector($"#feedback-{world.Feedback.Id} a.delete-link")!.GetAttribute("href")!);
        Assert.Equal($"/events/presentations/{world.Presentation.Id}#feedback", deleted.Headers.Location?.OriginalString);
        Assert.Equal(3, await CountAsync(world));
    }

    [Fact]
    public async Task A_contact_is_deleted_by_whoever_recorded_it_and_hidden_from_those_who_may_not_read_it()
    {
        var world = await WorldAsync();
        var url = $"/events/presentations/{world.Presentation.Id}/contacts/{world.Contact.Id}/delete";
        var otherCoach = await app.PersonAsync((await app.CreatePublicOrganisationAsync("Tube", Side.France)).Id, MemberRole.Coach);
        // The speaker reads the contacts of their presentation without deleting them; someone else who sees the event does
        // not learn the contact exists.
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Speaker.Client.PostFormAsync(url, new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoach.Client.PostFormAsync(url, new())).StatusCode);
        Assert.Equal(4, await CountAsync(world));

        var confirm = await HtmlPage.GetAsync(world.Coach.Client, url);
        Assert.Equal("Delete the contact Nadia Roy?", confirm.Text("h1"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.Coach.Client, "main form")).StatusCode);
        Assert.Equal(3, await CountAsync(world));
    }
}
