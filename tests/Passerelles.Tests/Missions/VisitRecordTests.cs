using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.People;

namespace Passerelles.Tests.Missions;

/// <summary>The record of a visit: who reads and writes it, its notes, people met, outcomes, files and the bridge it
/// proposes.</summary>
public sealed class VisitRecordTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    [Fact]
    public async Task Members_and_managers_read_the_record_hosts_and_others_get_404_and_an_invited_member_may_not_write()
    {
        var world = await app.MissionRecordAsync();

        foreach (var reader in new[] { world.Leader, world.Member, world.Invited, world.LeadAdministrator })
            Assert.Equal(HttpStatusCode.OK, (await reader.Client.GetAsync(world.Record)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Host.Client.GetAsync(world.Record)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync(world.Record)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Host.Client.GetAsync(world.FollowUps)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Leader.Client.GetAsync($"/missions/{world.MissionId}/visits/{world.LegId}/record")).StatusCode);

        var invitedPage = await HtmlPage.GetAsync(world.Invited.Client, world.Record);
        Assert.Empty(invitedPage.Document.QuerySelectorAll("main form"));
        var response = await world.Invited.Client.PostFormAsync(world.Record + "?handler=Notes", new() { ["Notes.Text"] = "Pas à moi d'écrire" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var outsider = await world.Outsider.Client.PostFormAsync(world.Record + "?handler=Notes", new() { ["Notes.Text"] = "Intrusion" });
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.VisitRecords.AnyAsync(r => r.ItemId == world.VisitId)));
    }

    [Fact]
    public async Task Notes_are_saved_as_Markdown_shown_safely_and_a_stale_save_is_refused()
    {
        var world = await app.MissionRecordAsync();
        var stale = await HtmlPage.GetAsync(world.Member.Client, world.Record);

        var saved = await world.Leader.Client.SubmitRecordFormAsync(world, "Notes", new Dictionary<string, string> { ["Notes.Text"] = "**Accueil chaleureux** <script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await HtmlPage.GetAsync(world.Invited.Client, world.Record);
        Assert.Equal("Accueil chaleureux", page.Text("#notes .profile strong"));
        Assert.Null(page.Document.QuerySelector("#notes script"));

        var refused = await HtmlPage.FromAsync(await stale.SubmitAsync(world.Member.Client, "form[action*='handler=Notes']", new Dictionary<string, string> { ["Notes.Text"] = "Autre version" }));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Someone else changed this record while you were editing it. Reload the page and make your change again.", refused.FieldError("Notes.Text"));
        Assert.StartsWith("**Accueil", await app.WithDbAsync(db => db.VisitRecords.Where(r => r.ItemId == world.VisitId).Select(r => r.Notes).SingleAsync()));
    }

    [Fact]
    public async Task People_met_are_picked_from_the_directory_or_added_under_the_lead_organisation_and_every_reading_is_logged()
    {
        var world = await app.MissionRecordAsync();
        var pascale = await app.ListedPersonAsync("Pascale Etcheverry", world.Visited);

        var suggestions = await world.Member.Client.GetStringAsync($"/pick/persons?mission={world.MissionId}&pick.Met.PersonId=etchev");
        Assert.Contains($"value=\"{pascale.Id}\"", suggestions);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync($"/pick/persons?mission={world.MissionId}&pick.Met.PersonId=etchev")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Invited.Client.GetAsync($"/pick/persons?mission={world.MissionId}&pick.Met.PersonId=etchev")).StatusCode);

        var search = await HtmlPage.FromAsync(await world.Member.Client.SubmitRecordFormAsync(world, "Person", new() { ["pick"] = "Met.PersonId", ["pick.Met.PersonId"] = "pascale" }));
        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.NotNull(search.Document.QuerySelector($"input[name='Met.PersonId'][value='{pascale.Id}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await world.Member.Client.SubmitRecordFormAsync(world, "Person", new() { ["Met.PersonId"] = pascale.Id.ToString() })).StatusCode);
        var twice = await HtmlPage.FromAsync(await world.Member.Client.SubmitRecordFormAsync(world, "Person", new() { ["Met.PersonId"] = pascale.Id.ToString() }));
        Assert.Equal("This person is already among the people met at this visit.", twice.FieldError("Met.PersonId"));

        var invalid = await HtmlPage.FromAsync(await world.Member.Client.SubmitRecordFormAsync(world, "NewPerson", new() { ["NewPerson.Name"] = "", ["NewPerson.Email"] = "pas une adresse" }));
        Assert.Equal("This field is required.", invalid.FieldError("NewPerson.Name"));
        Assert.Equal("This e-mail address is not valid.", invalid.FieldError("NewPerson.Email"));
        Assert.Equal(HttpStatusCode.Redirect, (await world.Member.Client.SubmitRecordFormAsync(world, "NewPerson", new()
        {
            ["NewPerson.Name"] = "Julien Lafitte", ["NewPerson.Role"] = "Chargé de mission", ["NewPerson.Email"] = "julien@exemple.fr",
        })).StatusCode);
        var julien = await app.WithDbAsync(db => db.People.Include(p => p.Roles).Include(p => p.Consents).SingleAsync(p => p.DisplayName == "Julien Lafitte"));
        Assert.Equal(world.Lead.Id, julien.ControllerOrganisationId);
        Assert.Empty(julien.Consents);
        Assert.Equal("Europe/Paris", julien.TimeZoneId);
        var role = Assert.Single(julien.Roles);
        Assert.Equal((world.Visited.Id, "Chargé de mission"), (role.OrganisationId, role.Title));
        // Not listed: someone outside the lead organisation's administration does not find them in the directory.
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync($"/people/{julien.Id}")).StatusCode);

        var before = await app.WithDbAsync(db => db.PersonalDataAccessLog.CountAsync(a => a.UserId == world.Invited.User.Id));
        var page = await HtmlPage.GetAsync(world.Invited.Client, world.Record);
        Assert.Equal(["Julien Lafitte", "Pascale Etcheverry"], page.Texts("#people tbody tr td:first-child"));
        Assert.Equal("Chargé de mission, " + world.Visited.Name, page.Text($"#people tbody tr:first-child td:nth-child(2)"));
        var logged = await app.WithDbAsync(db => db.PersonalDataAccessLog.Where(a => a.UserId == world.Invited.User.Id).Select(a => a.PersonId).ToListAsync());
        Assert.Equal(before + 2, logged.Count);
        Assert.Contains(julien.Id, logged);
        Assert.Contains(pascale.Id, logged);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, RecordTesting.World world, string title, string fileName, byte[] content,
        IEnumerable<Guid>? shown = null, bool nobodyShown = false)
    {
        var page = await HtmlPage.GetAsync(client, world.Record);
        var token = page.Document.QuerySelector("form[action*='handler=Upload'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(title), "Upload.Title" } };
        foreach (var id in shown ?? []) form.Add(new StringContent(id.ToString()), "Upload.Shown");
        if (nobodyShown) form.Add(new StringContent("true"), "Upload.NobodyShown");
        form.Add(new ByteArrayContent(content), "Upload.File", fileName);
        return await client.PostAsync(world.Record + "?handler=Upload", form);
    }

    [Fact]
    public async Task A_photo_is_kept_only_with_the_consent_of_everyone_shown_and_is_downloaded_by_readers_only()
    {
        var world = await app.MissionRecordAsync();
        var pascale = await app.ListedPersonAsync("Pascale Etcheverry", world.Visited);
        await world.Leader.Client.SubmitRecordFormAsync(world, "Person", new() { ["Met.PersonId"] = pascale.Id.ToString() });
        var met = await app.WithDbAsync(db => db.PeopleMet.SingleAsync(p => p.ItemId == world.VisitId));

        var undeclared = await HtmlPage.FromAsync(await UploadAsync(world.Leader.Client, world, "Photo de groupe", "groupe.png", Png));
        Assert.Equal("Say who is shown on the photo, or that nobody can be recognised on it.", undeclared.FieldError("Upload.Shown"));
        var refused = await HtmlPage.FromAsync(await UploadAsync(world.Leader.Client, world, "Photo de groupe", "groupe.png", Png, [met.Id]));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("A photo can be added only when every person shown on it has consented. Record their consent first.", refused.FieldError("Upload.Shown"));
        Assert.False(await app.WithDbAsync(db => db.VisitFiles.AnyAsync(f => f.ItemId == world.VisitId)));

        var consent = await HtmlPage.GetAsync(world.Leader.Client, world.Record);
        Assert.Equal(HttpStatusCode.Redirect, (await consent.SubmitAsync(world.Leader.Client, $"#met-{met.Id} form")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.PeopleMet.Where(p => p.Id == met.Id).Select(p => p.ConsentsToPhotos).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(world.Leader.Client, world, "Photo de groupe", "groupe.png", Png, [met.Id])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(world.Leader.Client, world, "Le bâtiment", "batiment.png", Png, nobodyShown: true)).StatusCode);
        var wrongType = await HtmlPage.FromAsync(await UploadAsync(world.Leader.Client, world, "Programme", "programme.pdf", Png));
        Assert.Equal("The file must be a PDF, Word, Excel, PowerPoint, OpenDocument text or spreadsheet, PNG, JPEG, text, Markdown or CSV file, and its content must match its extension.",
            wrongType.FieldError("Upload.File"));

        var file = await app.WithDbAsync(db => db.VisitFiles.SingleAsync(f => f.Title == "Photo de groupe"));
        var download = $"/missions/{world.MissionId}/visits/{world.VisitId}/files/{file.Id}";
        var response = await world.Invited.Client.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await world.Host.Client.GetAsync(download)).StatusCode);
    }

    [Fact]
    public async Task Outcomes_are_tied_to_an_objective_of_the_mission_and_listed_per_objective()
    {
        var world = await app.MissionRecordAsync();
        var missing = await HtmlPage.FromAsync(await world.Member.Client.SubmitRecordFormAsync(world, "Outcome", new() { ["Outcome.ObjectiveId"] = Guid.NewGuid().ToString(), ["Outcome.Text"] = "x" }));
        Assert.Equal("Choose one of the mission's objectives.", missing.FieldError("Outcome.ObjectiveId"));
        Assert.Equal(HttpStatusCode.Redirect, (await world.Member.Client.SubmitRecordFormAsync(world, "Outcome", new()
        {
            ["Outcome.ObjectiveId"] = world.SecondObjectiveId.ToString(), ["Outcome.Text"] = "Deux places en résidence pour des stagiaires en 2027",
        })).StatusCode);

        var overview = await HtmlPage.GetAsync(world.Invited.Client, world.FollowUps);
        Assert.Equal(["Deux places en résidence pour des stagiaires en 2027 — Visite du Tube à ESS'ai"], overview.Texts($"ul[data-objective='{world.SecondObjectiveId}'] li"));
        Assert.Null(overview.Document.QuerySelector($"ul[data-objective='{world.FirstObjectiveId}']"));
    }

    [Fact]
    public async Task A_new_partner_met_becomes_a_proposed_bridge_that_the_staff_of_either_end_confirm()
    {
        var world = await app.MissionRecordAsync();
        var wrong = await HtmlPage.FromAsync(await world.Member.Client.SubmitRecordFormAsync(world, "Bridge", new() { ["Bridge.OrganisationId"] = world.Visited.Id.ToString() }));
        Assert.Equal("Choose an organisation of the delegation.", wrong.FieldError("Bridge.OrganisationId"));

        Assert.Equal(HttpStatusCode.Redirect, (await world.Member.Client.SubmitRecordFormAsync(world, "Bridge", new() { ["Bridge.OrganisationId"] = world.Traveller.Id.ToString() })).StatusCode);
        var bridge = await app.WithDbAsync(db => db.Bridges.SingleAsync(b => b.FromOrganisationId == world.Visited.Id));
        Assert.Equal((world.Traveller.Id, BridgeKind.DelegationVisit, BridgeStatus.Proposed), (bridge.ToOrganisationId, bridge.Kind, bridge.Status));
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 19), bridge.StartDate);

        var again = await HtmlPage.FromAsync(await world.Member.Client.SubmitRecordFormAsync(world, "Bridge", new() { ["Bridge.OrganisationId"] = world.Traveller.Id.ToString() }));
        Assert.Equal("A bridge between these organisations is already in the directory.", again.FieldError("Bridge.OrganisationId"));

        // The host's staff confirm it on the bridges' own status page.
        var status = await HtmlPage.GetAsync(world.Host.Client, $"/bridges/{bridge.Id}/status");
        Assert.Equal(HttpStatusCode.OK, status.Status);
    }

    [Fact]
    public async Task The_page_speaks_the_member_s_French()
    {
        var world = await app.MissionRecordAsync();
        var french = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", "Françoise", "fr-FR", "Europe/Paris");
        var quebec = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", "Gabrielle", "fr-CA");
        await app.WithDbAsync(async db =>
        {
            foreach (var user in new[] { french, quebec })
                db.MissionMembers.Add(new MissionMember
                {
                    MissionId = world.MissionId, UserId = user.Id, OrganisationId = world.Traveller.Id, Role = MissionRole.Guest,
                    Status = MissionInvitationStatus.Accepted, InvitedAt = NodaTime.Instant.FromUtc(2026, 3, 1, 12, 0),
                });
            await db.SaveChangesAsync();
        });
        var france = await HtmlPage.GetAsync(await app.SignedInClientAsync(french.Email!), world.Record);
        Assert.Equal("Compte rendu de la visite Visite du Tube à ESS'ai", france.Text("h1"));
        Assert.Contains("données personnelles", france.Text("#notes-hint"));
        var canada = await HtmlPage.GetAsync(await app.SignedInClientAsync(quebec.Email!), world.Record);
        Assert.Contains("renseignements personnels", canada.Text("#notes-hint"));
        Assert.Equal("Courriel", canada.Label("NewPerson.Email"));
        Assert.Equal("Adresse e-mail", france.Label("NewPerson.Email"));
    }
}
