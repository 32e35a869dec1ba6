using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Bridges;
using Passerelles.Tests.Infrastructure;
using Passerelles.Tests.People;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Missions;

/// <summary>What an itinerary item carries besides its times and place: notes in Markdown, the event it takes part in, and
/// a host contact offered among the people of the organisation chosen, refreshed by htmx when the organisation changes.</summary>
public sealed class ItineraryItemDetailsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record World(Mission Mission, Organisation Lead, Organisation Visited, MissionsTesting.Person Manager, MissionsTesting.Person Host);

    /// <summary>A mission of 16–24 October 2023 managed by an administrator of its lead organisation; a coach of the
    /// organisation visited hosts it.</summary>
    private async Task<World> WorldAsync()
    {
        var lead = await app.CreatePublicOrganisationAsync("CERESO", Side.Quebec);
        var visited = await app.CreatePublicOrganisationAsync("PTCE", Side.France);
        var mission = await app.CreateMissionAsync(lead.Id, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24));
        var manager = await app.PersonAsync(lead.Id, MemberRole.OrganisationAdministrator);
        var host = await app.PersonAsync(visited.Id, MemberRole.Coach);
        return new World(mission, lead, visited, manager, host);
    }

    private Task<Event> EventAsync(string name, LocalDate starts, LocalDate ends) =>
        app.WithDbAsync(async db =>
        {
            var e = new Event { Name = name, StartsOn = starts, EndsOn = ends, City = "La Rochelle", TimeZoneId = "Europe/Paris" };
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    private static Dictionary<string, string> Meeting(World world, Dictionary<string, string>? changes = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Title"] = "Assises", ["Input.OrganisationId"] = world.Visited.Id.ToString(), ["Input.StartZoneId"] = "Europe/Paris",
            ["Input.StartDate"] = "2023-10-23", ["Input.StartTime"] = "09:00", ["Input.EndDate"] = "2023-10-23", ["Input.EndTime"] = "18:00",
        };
        foreach (var (key, value) in changes ?? []) values[key] = value;
        return values;
    }

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, World world, Dictionary<string, string> values)
    {
        var form = await HtmlPage.GetAsync(client, $"/missions/{world.Mission.Id}/itinerary/new?kind=Meeting");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        return await form.SubmitAsync(client, "main form", values);
    }

    [Fact]
    public async Task Notes_are_Markdown_shown_to_the_delegation_with_hostile_markup_neutralised_and_hidden_from_hosts()
    {
        var world = await WorldAsync();
        var notes = "**Apporter l'entente** <script>alert('x')</script> [programme](javascript:alert('x'))";

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(world.Manager.Client, world, Meeting(world, new() { ["Input.Notes"] = notes }))).StatusCode);
        var item = Assert.Single(await app.ItemsAsync(world.Mission.Id));
        Assert.Equal(notes, item.Notes);

        foreach (var url in new[] { $"/missions/{world.Mission.Id}/itinerary", $"/missions/{world.Mission.Id}/programme" })
        {
            var page = await HtmlPage.GetAsync(world.Manager.Client, url);
            var shown = page.Document.QuerySelector(".itinerary-notes, .programme-notes")!;
            Assert.Equal("Apporter l'entente", shown.QuerySelector("strong")?.TextContent);
            Assert.Null(page.Document.QuerySelector("main script"));
            Assert.DoesNotContain("javascript:", shown.InnerHtml, StringComparison.OrdinalIgnoreCase);
            var hosted = await HtmlPage.GetAsync(world.Host.Client, url);
            Assert.Equal(HttpStatusCode.OK, hosted.Status);
            Assert.Null(hosted.Document.QuerySelector(".itinerary-notes, .programme-notes"));
        }
        var edit = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary/{item.Id}/edit");
        Assert.Equal(notes, edit.Document.QuerySelector("textarea[name='Input.Notes']")?.TextContent);
    }

    [Fact]
    public async Task An_item_takes_part_in_an_event_held_during_the_mission_and_links_to_it()
    {
        var world = await WorldAsync();
        var assises = await EventAsync("Assises franco-québécoises", new LocalDate(2023, 10, 23), new LocalDate(2023, 10, 24));
        var before = await EventAsync("Forum de septembre", new LocalDate(2023, 9, 1), new LocalDate(2023, 9, 2));
        var straddling = await EventAsync("Semaine de l'ESS", new LocalDate(2023, 10, 10), new LocalDate(2023, 10, 16));

        var form = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary/new?kind=Meeting");
        // Other tests of this class add events of their own: only this test's three are looked at.
        var mine = new[] { assises.Id, before.Id, straddling.Id }.Select(id => id.ToString()).ToHashSet();
        var offered = form.Document.QuerySelectorAll("select[name='Input.EventId'] option").Select(o => o.GetAttribute("value"))
            .Where(v => v == "" || mine.Contains(v!)).ToList();
        Assert.Equal(["", straddling.Id.ToString(), assises.Id.ToString()], offered);
        Assert.Null(form.Document.QuerySelector($"select[name='Input.EventId'] option[value='{before.Id}']"));

        var refused = await HtmlPage.FromAsync(await AddAsync(world.Manager.Client, world, Meeting(world, new() { ["Input.EventId"] = before.Id.ToString() })));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose an event from the list: those held during the mission.", refused.FieldError("Input.EventId"));
        Assert.Empty(await app.ItemsAsync(world.Mission.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(world.Manager.Client, world, Meeting(world, new() { ["Input.EventId"] = assises.Id.ToString() }))).StatusCode);
        Assert.Equal(assises.Id, Assert.Single(await app.ItemsAsync(world.Mission.Id)).EventId);
        var itinerary = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary");
        Assert.Equal("Assises franco-québécoises", itinerary.Text($".itinerary-item a[href='/events/{assises.Id}']"));
    }

    [Fact]
    public async Task The_programme_pdf_prints_the_event_and_the_notes_as_text_and_a_host_s_pdf_leaves_the_notes_out()
    {
        var world = await WorldAsync();
        var assises = await EventAsync("Assises franco-québécoises", new LocalDate(2023, 10, 23), new LocalDate(2023, 10, 24));
        var values = Meeting(world, new() { ["Input.EventId"] = assises.Id.ToString(), ["Input.Notes"] = "**Apporter l'entente** signée" });
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(world.Manager.Client, world, values)).StatusCode);

        var managers = await PdfTextAsync(world.Manager.Client, world);
        Assert.Contains("Assises franco-québécoises", managers);
        Assert.Contains("Apporter l'entente signée", managers);
        Assert.DoesNotContain("**", managers);
        var hosts = await PdfTextAsync(world.Host.Client, world);
        Assert.Contains("Assises franco-québécoises", hosts);
        Assert.DoesNotContain("Apporter l'entente", hosts);
    }

    private static async Task<string> PdfTextAsync(HttpClient client, World world)
    {
        var response = await client.GetAsync($"/missions/{world.Mission.Id}/programme.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var (exitCode, output) = await GeneratedPdfTests.QpdfAsync(pdf, "--check");
        Assert.True(exitCode == 0, output);
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p)))
            .ReplaceLineEndings(" ");
    }

    [Fact]
    public async Task The_host_contacts_follow_the_organisation_chosen_through_htmx()
    {
        var world = await WorldAsync();
        await app.CreatePersonAsync(world.Visited.Id, "Isabelle Etcheverry", listed: true);
        var other = await app.CreatePublicOrganisationAsync("Tube", Side.France);
        await app.CreatePersonAsync(other.Id, "Marc Duhalde", listed: true);
        var form = await HtmlPage.GetAsync(world.Manager.Client, $"/missions/{world.Mission.Id}/itinerary/new?kind=Visit");
        var field = form.Document.QuerySelector("#host-field")!;
        Assert.Equal("change from:#pick-input-organisationid", field.GetAttribute("data-hx-trigger"));
        var address = field.GetAttribute("data-hx-get")!;

        async Task<HtmlPage> HostsAsync(HttpClient client, Guid organisation)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{address}&Input.OrganisationId={organisation}");
            request.Headers.Add("HX-Request", "true");
            return await HtmlPage.FromAsync(await client.SendAsync(request));
        }

        var visited = await HostsAsync(world.Manager.Client, world.Visited.Id);
        Assert.Equal(HttpStatusCode.OK, visited.Status);
        Assert.Equal(["No host contact", "Isabelle Etcheverry"], visited.Texts("#host-field select option"));
        Assert.Null(visited.Document.QuerySelector("nav"));
        Assert.Equal(["No host contact", "Marc Duhalde"], (await HostsAsync(world.Manager.Client, other.Id)).Texts("#host-field select option"));
        // A host, who sees the visit at their organisation, does not change the itinerary.
        await app.AddVisitAsync(world.Mission.Id, world.Visited.Id, "Visite", new LocalDateTime(2023, 10, 18, 9, 0), new LocalDateTime(2023, 10, 18, 12, 0));
        Assert.Equal(HttpStatusCode.Forbidden, (await HostsAsync(world.Host.Client, world.Visited.Id)).Status);
        var stranger = await app.PersonAsync((await app.CreatePublicOrganisationAsync("Ailleurs", Side.Quebec)).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await HostsAsync(stranger.Client, world.Visited.Id)).Status);
    }
}
