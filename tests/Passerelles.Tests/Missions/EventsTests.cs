using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Bridges;
using Passerelles.Tests.Grids;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.Missions.MissionsTesting;

namespace Passerelles.Tests.Missions;

public sealed class EventsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private sealed record World(Organisation Organiser, MissionsTesting.Person Administrator, MissionsTesting.Person Coach, Event Event);

    /// <summary>The Assises in La Rochelle on 23–24 October 2023, organised by an organisation whose administrator edits
    /// the event and whose coach only sees it.</summary>
    private async Task<World> WorldAsync()
    {
        var organiser = await app.CreatePublicOrganisationAsync("PTCE", Side.France);
        var administrator = await app.PersonAsync(organiser.Id, MemberRole.OrganisationAdministrator);
        var coach = await app.PersonAsync(organiser.Id, MemberRole.Coach);
        var e = await app.WithDbAsync(async db =>
        {
            var e = new Event
            {
                Name = "Assises", StartsOn = new LocalDate(2023, 10, 23), EndsOn = new LocalDate(2023, 10, 24), City = "La Rochelle",
                TimeZoneId = "Europe/Paris", OrganiserId = organiser.Id, Themes = MissionThemes.Innovation | MissionThemes.Youth,
            };
            e.Tracks.Add(new EventTrack { EventId = e.Id, Name = "Jeunesse", Theme = MissionThemes.Youth });
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e;
        });
        return new World(organiser, administrator, coach, e);
    }

    private static Dictionary<string, string> Slot(Dictionary<string, string>? changes = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Title"] = "École entreprise", ["Input.Date"] = "2023-10-23", ["Input.StartTime"] = "10:00", ["Input.EndTime"] = "10:45",
            ["Input.Theme"] = "Youth",
        };
        foreach (var (key, value) in changes ?? []) values[key] = value;
        return values;
    }

    private async Task<HttpResponseMessage> AddPresentationAsync(HttpClient client, Guid eventId, Dictionary<string, string> values)
    {
        var form = await HtmlPage.GetAsync(client, $"/events/{eventId}/presentations/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await form.SubmitAsync(client, "main form", values);
    }

    private Task<Presentation> PresentationAsync(Guid eventId, Guid? speaker = null) =>
        app.WithDbAsync(async db =>
        {
            var p = new Presentation
            {
                EventId = eventId, Title = "Grille RQIS", StartsAt = Instant.FromUtc(2023, 10, 23, 8, 0), EndsAt = Instant.FromUtc(2023, 10, 23, 9, 0), ZoneId = "Europe/Paris",
            };
            if (speaker is { } userId) p.Speakers.Add(new PresentationSpeaker { PresentationId = p.Id, UserId = userId });
            db.Presentations.Add(p);
            await db.SaveChangesAsync();
            return p;
        });

    [Fact]
    public async Task A_staff_member_creates_an_event_with_its_themes_and_tracks_in_the_zone_of_its_place()
    {
        var organisation = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var coach = await app.PersonAsync(organisation.Id, MemberRole.Coach);
        var form = await HtmlPage.GetAsync(coach.Client, "/events/new");
        Assert.Equal("America/Toronto", form.Document.QuerySelector("select[name='Input.TimeZoneId'] option[selected]")?.GetAttribute("value"));

        var response = await form.SubmitAsync(coach.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Assises franco-québécoises", ["Input.StartsOn"] = "2023-10-23", ["Input.EndsOn"] = "2023-10-24",
            ["Input.City"] = "La Rochelle", ["Input.TimeZoneId"] = "Europe/Paris", ["Input.Themes"] = "Digital",
            ["Input.Tracks[0].Name"] = "Numérique", ["Input.Tracks[0].Theme"] = "Digital",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.Tracks).SingleAsync(e => e.Name == "Assises franco-québécoises"));
        Assert.Equal((new LocalDate(2023, 10, 23), new LocalDate(2023, 10, 24), "Europe/Paris", MissionThemes.Digital, coach.Id),
            (stored.StartsOn, stored.EndsOn, stored.TimeZoneId, stored.Themes, stored.CreatedBy));
        Assert.Equal(("Numérique", (MissionThemes?)MissionThemes.Digital), (Assert.Single(stored.Tracks).Name, stored.Tracks[0].Theme));
        var page = await HtmlPage.GetAsync(coach.Client, $"/events/{stored.Id}");
        Assert.Equal("Assises franco-québécoises", page.Text("h1"));
        Assert.Equal(["Numérique · Digital"], page.Texts(".event-tracks li"));
    }

    [Theory]
    [InlineData("Input.EndsOn", "2023-10-22", "Input.EndsOn", EventForm.EndBeforeStart)]
    [InlineData("Input.TimeZoneId", "Europe/Atlantis", "Input.TimeZoneId", EventForm.UnknownZone)]
    [InlineData("Input.Name", "", "Input.Name", "This field is required.")]
    public async Task A_broken_rule_of_an_event_is_refused_next_to_its_field(string field, string value, string errorField, string message)
    {
        var world = await WorldAsync();
        var form = await HtmlPage.GetAsync(world.Administrator.Client, $"/events/{world.Event.Id}/edit");

        var response = await form.SubmitAsync(world.Administrator.Client, "main form", new Dictionary<string, string> { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await HtmlPage.FromAsync(response)).FieldError(errorField));
        Assert.Equal("Assises", (await app.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Id == world.Event.Id))).Name);
    }

    [Fact]
    public async Task A_presentation_s_slot_is_stored_as_instants_and_shown_at_the_place_and_in_Montreal()
    {
        var world = await WorldAsync();
        var grid = await app.CreatePublishedGridAsync();
        var gridId = await app.WithDbAsync(db => db.GridVersions.Where(v => v.Id == grid).Select(v => v.GridId).SingleAsync());
        var trackId = world.Event.Tracks[0].Id;

        var response = await AddPresentationAsync(world.Administrator.Client, world.Event.Id, Slot(new()
        {
            ["Input.TrackId"] = trackId.ToString(), ["Input.GridId"] = gridId.ToString(),
            ["Input.InitiativeTitle"] = "Par tous. Pour tous", ["Input.InitiativeUrl"] = "https://example.org/parite",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Presentations.AsNoTracking().SingleAsync(p => p.EventId == world.Event.Id));
        Assert.Equal((Instant.FromUtc(2023, 10, 23, 8, 0), Instant.FromUtc(2023, 10, 23, 8, 45), "Europe/Paris", trackId, gridId),
            (stored.StartsAt, stored.EndsAt, stored.ZoneId, stored.TrackId, stored.GridId));
        var page = await HtmlPage.GetAsync(world.Administrator.Client, $"/events/presentations/{stored.Id}");
        Assert.Equal("Monday, October 23, 2023, 10:00 AM La Rochelle · Monday, October 23, 2023, 4:00 AM Montréal – 10:45 AM La Rochelle · 4:45 AM Montréal",
            Plain(page.Text(".presentation-slot")));
        Assert.Equal($"/grids/versions/{grid}", page.Document.QuerySelector(".presentation-links a[href^='/grids']")?.GetAttribute("href"));
        Assert.Equal("https://example.org/parite", page.Document.QuerySelector(".presentation-links a[href^='https']")?.GetAttribute("href"));
    }

    public static TheoryData<string, string, string, string> PresentationRefusals => new()
    {
        { "Input.Date", "2023-10-25", "Input.Date", "This date is outside the event's dates (Monday, October 23, 2023 to Tuesday, October 24, 2023)." },
        { "Input.EndTime", "09:00", "Input.EndTime", PresentationForm.EndBeforeStart },
        { "Input.InitiativeUrl", "javascript:alert(1)", "Input.InitiativeUrl", PresentationForm.NotAWebAddress },
        { "Input.InitiativeTitle", "Par tous. Pour tous", "Input.InitiativeUrl", PresentationForm.InitiativeNeedsBoth },
        { "Input.ProjectId", "5f1c2b8e-0000-4000-8000-000000000000", "Input.ProjectId", PresentationForm.UnknownProject },
    };

    [Theory]
    [MemberData(nameof(PresentationRefusals))]
    public async Task A_broken_rule_of_a_presentation_is_refused_next_to_its_field_and_nothing_is_stored(string field, string value, string errorField, string message)
    {
        var world = await WorldAsync();

        var response = await AddPresentationAsync(world.Administrator.Client, world.Event.Id, Slot(new() { [field] = value }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await HtmlPage.FromAsync(response)).FieldError(errorField));
        Assert.False(await app.WithDbAsync(db => db.Presentations.AnyAsync(p => p.EventId == world.Event.Id)));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid presentationId, string fileName, byte[] content)
    {
        var page = await HtmlPage.GetAsync(client, $"/events/presentations/{presentationId}");
        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(content), "Upload", fileName);
        return await client.PostAsync($"/events/presentations/{presentationId}/slides/new", form);
    }

    [Fact]
    public async Task Slides_are_checked_like_a_circle_s_resources_and_downloaded_as_an_attachment()
    {
        var world = await WorldAsync();
        var presentation = await PresentationAsync(world.Event.Id);

        var refused = await UploadAsync(world.Administrator.Client, presentation.Id, "slides.pdf", Encoding.ASCII.GetBytes("not a pdf"));
        var accepted = await UploadAsync(world.Administrator.Client, presentation.Id, "Grille RQIS.pdf", Pdf);

        Assert.Equal(ResourceFiles.Refused, (await HtmlPage.FromAsync(refused)).FieldError("Upload"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var download = await world.Coach.Client.GetAsync($"/events/presentations/{presentation.Id}/slides");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(("application/pdf", "attachment", "nosniff"), (download.Content.Headers.ContentType?.MediaType, download.Content.Headers.ContentDisposition?.DispositionType,
            download.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(world.Coach.Client, presentation.Id, "autre.pdf", Pdf)).StatusCode);
    }

    [Fact]
    public async Task Whoever_attended_gives_feedback_signed_with_their_name()
    {
        var world = await WorldAsync();
        var presentation = await PresentationAsync(world.Event.Id);
        var page = await HtmlPage.GetAsync(world.Coach.Client, $"/events/presentations/{presentation.Id}");

        var empty = await page.SubmitAsync(world.Coach.Client, "form[action*='handler=Feedback']", new Dictionary<string, string> { ["Feedback.Text"] = " " });
        var sent = await page.SubmitAsync(world.Coach.Client, "form[action*='handler=Feedback']", new Dictionary<string, string> { ["Feedback.Text"] = "Très inspirant." });

        Assert.Equal("This field is required.", (await HtmlPage.FromAsync(empty)).FieldError("Feedback.Text"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var feedback = Assert.Single(await app.WithDbAsync(db => db.PresentationFeedback.AsNoTracking().Where(f => f.PresentationId == presentation.Id).ToListAsync()));
        Assert.Equal(("Très inspirant.", world.Coach.Id), (feedback.Text, feedback.AuthorId));
        Assert.Equal("Très inspirant.", (await HtmlPage.GetAsync(world.Administrator.Client, $"/events/presentations/{presentation.Id}")).Text(".presentation-feedback p"));
    }

    [Fact]
    public async Task A_contact_is_personal_data_shown_to_whoever_recorded_it_and_the_speakers_not_to_other_staff()
    {
        var world = await WorldAsync();
        var other = await app.CreatePublicOrganisationAsync("Autre", Side.Quebec);
        var otherCoach = await app.PersonAsync(other.Id, MemberRole.Coach);
        var speaker = await app.PersonAsync(other.Id, MemberRole.ProjectMember);
        var presentation = await PresentationAsync(world.Event.Id, speaker.Id);
        var page = await HtmlPage.GetAsync(world.Coach.Client, $"/events/presentations/{presentation.Id}");
        const string form = "form[action*='handler=Contact']";

        var nameless = await page.SubmitAsync(world.Coach.Client, form, new Dictionary<string, string> { ["Contact.ControllerOrganisationId"] = world.Organiser.Id.ToString() });
        var foreign = await page.SubmitAsync(world.Coach.Client, form, new Dictionary<string, string> { ["Contact.Name"] = "Élise", ["Contact.ControllerOrganisationId"] = other.Id.ToString() });
        var recorded = await page.SubmitAsync(world.Coach.Client, form, new Dictionary<string, string>
        {
            ["Contact.Name"] = "Élise Tremblay", ["Contact.OrganisationName"] = "Ville de La Rochelle", ["Contact.Email"] = "elise@example.org",
            ["Contact.ControllerOrganisationId"] = world.Organiser.Id.ToString(),
        });

        Assert.Equal(PresentationDetailsModel.NameOrPerson, (await HtmlPage.FromAsync(nameless)).FieldError("Contact.Name"));
        Assert.Equal(PresentationDetailsModel.NoMembership, (await HtmlPage.FromAsync(foreign)).FieldError("Contact.ControllerOrganisationId"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains("Élise Tremblay", (await HtmlPage.GetAsync(world.Coach.Client, $"/events/presentations/{presentation.Id}")).Text(".presentation-contacts"));
        Assert.Contains("elise@example.org", (await HtmlPage.GetAsync(speaker.Client, $"/events/presentations/{presentation.Id}")).Text(".presentation-contacts"));
        var hidden = await HtmlPage.GetAsync(otherCoach.Client, $"/events/presentations/{presentation.Id}");
        Assert.Null(hidden.Document.QuerySelector(".presentation-contacts li"));
        Assert.Equal("1 other contacts were recorded by others.", hidden.Text("#contacts p:last-of-type"));
    }

    [Fact]
    public async Task A_speaker_added_through_the_people_picker_sees_the_event_and_changes_the_presentation()
    {
        var world = await WorldAsync();
        var partner = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var speaker = await app.PersonAsync(partner.Id, MemberRole.ProjectMember);
        var presentation = await PresentationAsync(world.Event.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await speaker.Client.GetAsync($"/events/{world.Event.Id}")).StatusCode);
        var page = await HtmlPage.GetAsync(world.Administrator.Client, $"/events/presentations/{presentation.Id}");

        var response = await page.SubmitAsync(world.Administrator.Client, "form[action*='handler=Speaker']", new Dictionary<string, string> { ["SpeakerId"] = speaker.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await speaker.Client.GetAsync($"/events/{world.Event.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await speaker.Client.GetAsync($"/events/presentations/{presentation.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await speaker.Client.GetAsync($"/events/{world.Event.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coach.Client.GetAsync($"/pick/people?presentation={presentation.Id}&pick.SpeakerId=ab&pick=SpeakerId")).StatusCode);
    }

    [Fact]
    public async Task Staff_see_events_they_may_not_change_and_others_do_not_learn_they_exist()
    {
        var world = await WorldAsync();
        var unrelated = await app.CreatePublicOrganisationAsync("Ailleurs", Side.Quebec);
        var coach = await app.PersonAsync(unrelated.Id, MemberRole.Coach);
        var guest = await app.PersonAsync(unrelated.Id, MemberRole.PartnerGuest);
        var events = await HtmlPage.GetAsync(coach.Client, "/events");

        Assert.Contains("Assises", events.Texts(".event-list h2"));
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.Client.GetAsync($"/events/{world.Event.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.Client.GetAsync($"/events/{world.Event.Id}/presentations/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.Client.GetAsync($"/events/{world.Event.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.Client.GetAsync("/events/new")).StatusCode);
        Assert.Empty((await HtmlPage.GetAsync(guest.Client, "/events")).Texts(".event-list h2"));
    }

    [Fact]
    public async Task An_itinerary_item_at_an_event_links_to_it_and_the_event_lists_the_mission()
    {
        var world = await WorldAsync();
        var mission = await app.CreateMissionAsync(world.Organiser.Id, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24));
        await app.AddItemAsync(new ItineraryItem
        {
            MissionId = mission.Id, Kind = ItineraryKind.Meeting, Title = "Assises : première journée", EventId = world.Event.Id,
            StartsAt = Instant.FromUtc(2023, 10, 23, 7, 0), EndsAt = Instant.FromUtc(2023, 10, 23, 16, 0), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
        });

        var itinerary = await HtmlPage.GetAsync(world.Administrator.Client, $"/missions/{mission.Id}/itinerary");
        var page = await HtmlPage.GetAsync(world.Administrator.Client, $"/events/{world.Event.Id}");

        Assert.Equal($"/events/{world.Event.Id}", itinerary.Document.QuerySelector(".itinerary-item a[href^='/events/']")?.GetAttribute("href"));
        Assert.Equal(mission.Title, page.Text(".event-missions a"));
    }
}
