using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Bridges;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Pick;

/// <summary>A presentation's project and the person of the directory a contact made there is: picked by name among only
/// what the person may choose, with a search step for those without JavaScript, and checked again when saved. The
/// people here read English.</summary>
public sealed class PresentationPickersTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record World(Organisation Organiser, Organisation Other, MissionsTesting.Person Administrator, MissionsTesting.Person Coach,
        MissionsTesting.Person Outsider, MissionsTesting.Person Stranger, Event Event, Presentation Presentation, string Tag);

    /// <summary>The Assises, organised by an incubator whose administrator edits them and whose coach only sees them, with
    /// one presentation; another incubator, whose staff see the event without changing it; and someone of no
    /// organisation, who does not see it.</summary>
    private async Task<World> WorldAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var organiser = await app.CreatePublicOrganisationAsync("PTCE", Side.France);
        var other = await app.CreateOrganisationAsync($"CERESO {tag}", Side.Quebec);
        var administrator = await MissionsTesting.PersonAsync(app, organiser.Id, MemberRole.OrganisationAdministrator);
        var coach = await MissionsTesting.PersonAsync(app, organiser.Id, MemberRole.Coach);
        var outsider = await MissionsTesting.PersonAsync(app, other.Id, MemberRole.OrganisationAdministrator);
        var stranger = await MissionsTesting.PersonAsync(app);
        var (e, presentation) = await app.WithDbAsync(async db =>
        {
            var e = new Event
            {
                Name = "Assises", StartsOn = new LocalDate(2023, 10, 23), EndsOn = new LocalDate(2023, 10, 24), City = "La Rochelle",
                TimeZoneId = "Europe/Paris", OrganiserId = organiser.Id,
            };
            var presentation = new Presentation
            {
                EventId = e.Id, Title = "Grille RQIS", StartsAt = Instant.FromUtc(2023, 10, 23, 8, 0), EndsAt = Instant.FromUtc(2023, 10, 23, 9, 0), ZoneId = "Europe/Paris",
            };
            db.Events.Add(e);
            db.Presentations.Add(presentation);
            await db.SaveChangesAsync();
            return (e, presentation);
        });
        return new World(organiser, other, administrator, coach, outsider, stranger, e, presentation, tag);
    }

    private static IEnumerable<string?> Choices(HtmlPage page, string field) =>
        page.Document.QuerySelectorAll($"input[type='radio'][name='{field}']").Select(i => i.GetAttribute("value")).Where(v => v != "");

    private Task<Person> PersonAsync(string name, Guid controller, bool listed) =>
        app.WithDbAsync(async db =>
        {
            var person = new Person { DisplayName = name, Email = "", ControllerOrganisationId = controller, TimeZoneId = "Europe/Paris" };
            if (listed) person.GiveConsent(Consent.DirectoryListing, Consent.DirectoryListingVersion, Instant.FromUtc(2026, 1, 5, 9, 0), null);
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person;
        });

    [Fact]
    public async Task A_presentation_s_project_is_suggested_only_among_the_projects_its_editor_sees()
    {
        var world = await WorldAsync();
        var own = await app.CreateActiveProjectAsync(world.Organiser.Id, $"École entreprise {world.Tag}");
        var hidden = await app.CreateActiveProjectAsync(world.Other.Id, $"École des métiers {world.Tag}");

        var adding = await HtmlPage.GetAsync(world.Administrator.Client, $"/pick/projects?event={world.Event.Id}&pick.Input.ProjectId=ecole%20{world.Tag}");
        var changing = await HtmlPage.GetAsync(world.Administrator.Client, $"/pick/projects?presentation={world.Presentation.Id}&pick.Input.ProjectId=ECOLE%20{world.Tag}");
        var none = await HtmlPage.GetAsync(world.Administrator.Client, $"/pick/projects?event={world.Event.Id}&pick.Input.ProjectId=metiers%20{world.Tag}");

        Assert.Equal(HttpStatusCode.OK, adding.Status);
        Assert.Equal(["no-store", "private"], adding.Response.Headers.CacheControl!.ToString().Split(", ").Order());
        Assert.Equal([own.Id.ToString()], Choices(adding, "Input.ProjectId"));
        Assert.Equal([$"École entreprise {world.Tag}"], adding.Texts("label"));
        Assert.Equal([own.Id.ToString()], Choices(changing, "Input.ProjectId"));
        Assert.DoesNotContain(hidden.Id.ToString(), adding.Html);
        Assert.Equal($"No project matches “metiers {world.Tag}”.", none.Text("p"));
    }

    [Fact]
    public async Task Only_those_who_change_the_presentation_get_project_suggestions()
    {
        var world = await WorldAsync();
        const string typed = "&pick.Input.ProjectId=ecole";

        var coach = await world.Coach.Client.GetAsync($"/pick/projects?event={world.Event.Id}{typed}");
        var coachOnPresentation = await world.Coach.Client.GetAsync($"/pick/projects?presentation={world.Presentation.Id}{typed}");
        var outsider = await world.Outsider.Client.GetAsync($"/pick/projects?event={world.Event.Id}{typed}");
        var stranger = await world.Stranger.Client.GetAsync($"/pick/projects?event={world.Event.Id}{typed}");
        var unknown = await world.Administrator.Client.GetAsync($"/pick/projects?presentation={Guid.NewGuid()}{typed}");
        var withoutRecord = await world.Administrator.Client.GetAsync($"/pick/projects?{typed[1..]}");
        var withoutField = await world.Administrator.Client.GetAsync($"/pick/projects?event={world.Event.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, coach.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coachOnPresentation.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutRecord.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutField.StatusCode);
    }

    [Fact]
    public async Task Without_javascript_the_project_is_searched_then_saved_and_a_forged_one_is_refused_next_to_the_field()
    {
        var world = await WorldAsync();
        var own = await app.CreateActiveProjectAsync(world.Organiser.Id, $"École entreprise {world.Tag}");
        var hidden = await app.CreateActiveProjectAsync(world.Other.Id, $"École des métiers {world.Tag}");
        var slot = new Dictionary<string, string> { ["Input.Title"] = "École entreprise", ["Input.Date"] = "2023-10-23", ["Input.StartTime"] = "10:00", ["Input.EndTime"] = "10:45" };
        var form = await HtmlPage.GetAsync(world.Administrator.Client, $"/events/{world.Event.Id}/presentations/new");

        var search = await HtmlPage.FromAsync(await form.SubmitAsync(world.Administrator.Client, "main form",
            new Dictionary<string, string>(slot) { ["pick"] = "Input.ProjectId", ["pick.Input.ProjectId"] = $"ecole {world.Tag}" }));
        var forged = await HtmlPage.FromAsync(await form.SubmitAsync(world.Administrator.Client, "main form",
            new Dictionary<string, string>(slot) { ["Input.ProjectId"] = hidden.Id.ToString() }));
        var saved = await search.SubmitAsync(world.Administrator.Client, "main form", new Dictionary<string, string> { ["Input.ProjectId"] = own.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal([own.Id.ToString()], Choices(search, "Input.ProjectId"));
        Assert.Equal("École entreprise", search.Document.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Null(search.FieldError("Input.ProjectId"));
        Assert.Equal(HttpStatusCode.OK, forged.Status);
        Assert.Equal(PresentationForm.UnknownProject, forged.FieldError("Input.ProjectId"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithDbAsync(db => db.Presentations.AsNoTracking().Where(p => p.EventId == world.Event.Id && p.Title == "École entreprise").ToListAsync());
        Assert.Equal(own.Id, Assert.Single(stored).ProjectId);
        var edit = await HtmlPage.GetAsync(world.Administrator.Client, $"/events/presentations/{stored[0].Id}/edit");
        Assert.Equal(own.Id.ToString(), edit.Document.QuerySelector("input[name='Input.ProjectId'][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_speaker_who_may_not_see_the_presentation_s_project_changes_the_presentation_and_the_project_stays()
    {
        var world = await WorldAsync();
        var project = await app.CreateActiveProjectAsync(world.Organiser.Id, $"École entreprise {world.Tag}");
        await app.WithDbAsync(async db =>
        {
            var presentation = await db.Presentations.SingleAsync(p => p.Id == world.Presentation.Id);
            presentation.ProjectId = project.Id;
            db.PresentationSpeakers.Add(new PresentationSpeaker { PresentationId = presentation.Id, UserId = world.Outsider.Id });
            await db.SaveChangesAsync();
        });
        var form = await HtmlPage.GetAsync(world.Outsider.Client, $"/events/presentations/{world.Presentation.Id}/edit");

        var saved = await form.SubmitAsync(world.Outsider.Client, "main form", new Dictionary<string, string> { ["Input.Title"] = "Grille RQIS et École entreprise" });

        Assert.Equal("A project you may not see", form.Document.QuerySelector("input[name='Input.ProjectId'][checked]")!.ParentElement!.TextContent.Trim());
        Assert.DoesNotContain(project.Name, form.Html);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithDbAsync(db => db.Presentations.AsNoTracking().SingleAsync(p => p.Id == world.Presentation.Id));
        Assert.Equal(("Grille RQIS et École entreprise", (Guid?)project.Id), (stored.Title, stored.ProjectId));
    }

    [Fact]
    public async Task A_contact_s_person_is_suggested_among_the_people_the_recorder_sees_and_a_forged_one_is_refused_next_to_the_field()
    {
        var world = await WorldAsync();
        var listed = await PersonAsync($"Élise Tremblay {world.Tag}", world.Other.Id, listed: true);
        var unlisted = await PersonAsync($"Élise Gagnon {world.Tag}", world.Other.Id, listed: false);
        var url = $"/pick/persons?presentation={world.Presentation.Id}&pick.Contact.PersonId=elise%20{world.Tag}";

        var suggestions = await HtmlPage.GetAsync(world.Coach.Client, url);
        var stranger = await world.Stranger.Client.GetAsync(url);
        var page = await HtmlPage.GetAsync(world.Coach.Client, $"/events/presentations/{world.Presentation.Id}");
        const string form = "form[action*='handler=Contact']";
        var search = await HtmlPage.FromAsync(await page.SubmitAsync(world.Coach.Client, form, new Dictionary<string, string>
        {
            ["Contact.OrganisationName"] = "Ville de La Rochelle", ["pick"] = "Contact.PersonId", ["pick.Contact.PersonId"] = $"elise {world.Tag}",
        }));
        var forged = await HtmlPage.FromAsync(await page.SubmitAsync(world.Coach.Client, form, new Dictionary<string, string>
        {
            ["Contact.PersonId"] = unlisted.Id.ToString(), ["Contact.ControllerOrganisationId"] = world.Organiser.Id.ToString(),
        }));
        var recorded = await search.SubmitAsync(world.Coach.Client, form, new Dictionary<string, string>
        {
            ["Contact.PersonId"] = listed.Id.ToString(), ["Contact.ControllerOrganisationId"] = world.Organiser.Id.ToString(),
        });

        Assert.Equal([listed.Id.ToString()], Choices(suggestions, "Contact.PersonId"));
        Assert.DoesNotContain(unlisted.Id.ToString(), suggestions.Html);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal([listed.Id.ToString()], Choices(search, "Contact.PersonId"));
        Assert.Equal("Ville de La Rochelle", search.Document.QuerySelector("input[name='Contact.OrganisationName']")!.GetAttribute("value"));
        Assert.Equal(PresentationDetailsModel.UnknownPerson, forged.FieldError("Contact.PersonId"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var contact = await app.WithDbAsync(db => db.PresentationContacts.AsNoTracking().SingleAsync(c => c.PresentationId == world.Presentation.Id));
        Assert.Equal((listed.Id, "Ville de La Rochelle"), (contact.PersonId, contact.OrganisationName));
    }

    [Fact]
    public async Task The_presentation_forms_stay_under_200_KB_with_5000_projects_and_2000_people()
    {
        var world = await WorldAsync();
        await app.WithDbAsync(async db =>
        {
            db.Projects.AddRange(Enumerable.Range(0, 5_000).Select(i => Project.ApplyTo(world.Organiser.Id, $"Projet rempli {i:D4} avec un nom assez long")));
            db.People.AddRange(Enumerable.Range(0, 2_000).Select(i => new Person
            {
                DisplayName = $"Personne remplie {i:D4} avec un nom assez long", Email = "", ControllerOrganisationId = world.Organiser.Id, TimeZoneId = "Europe/Paris",
            }));
            await db.SaveChangesAsync();
        });
        string[] pages =
        [
            $"/events/{world.Event.Id}/presentations/new", $"/events/presentations/{world.Presentation.Id}/edit", $"/events/presentations/{world.Presentation.Id}",
        ];

        var sizes = new List<(string Page, HttpStatusCode Status, int Bytes, bool Lists)>();
        foreach (var page in pages)
        {
            var response = await world.Administrator.Client.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            sizes.Add((page, response.StatusCode, System.Text.Encoding.UTF8.GetByteCount(html), html.Contains("remplie", StringComparison.Ordinal) || html.Contains("rempli ", StringComparison.Ordinal)));
        }

        var report = string.Join("\n", sizes.Select(s => $"{s.Page}: {s.Status}, {s.Bytes} bytes{(s.Lists ? ", lists the filled records" : "")}"));
        Assert.True(sizes.All(s => s.Status == HttpStatusCode.OK && s.Bytes < 200 * 1024 && !s.Lists), report);
    }
}
