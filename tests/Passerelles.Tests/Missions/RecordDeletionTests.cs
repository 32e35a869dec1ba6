using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Features.Missions;

namespace Passerelles.Tests.Missions;

/// <summary>Deleting the parts of a visit's record after confirmation, and the photos withheld once someone shown on them
/// withdraws their consent.</summary>
public sealed class RecordDeletionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private Passerelles.Web.Features.Circles.ResourceFiles Files => app.Services.GetRequiredService<VisitFiles>().Store;

    private static string Delete(RecordTesting.World world, string part, Guid partId) =>
        $"/missions/{world.MissionId}/visits/{world.VisitId}/{part}/{partId}/delete";

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return await page.SubmitAsync(client, "main form");
    }

    private async Task<PersonMet> MeetAsync(RecordTesting.World world, string name, bool consents)
    {
        var person = await app.ListedPersonAsync(name, world.Visited);
        return await app.WithDbAsync(async db =>
        {
            var met = new PersonMet { ItemId = world.VisitId, PersonId = person.Id, AddedAt = Instant.FromUtc(2026, 10, 19, 9, 0) };
            if (consents) met.RecordPhotoConsent(true, Instant.FromUtc(2026, 10, 19, 9, 0), world.Leader.User.Id);
            db.PeopleMet.Add(met);
            await db.SaveChangesAsync();
            return met;
        });
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, RecordTesting.World world, string title, string fileName, byte[] content, params Guid[] shown)
    {
        var page = await HtmlPage.GetAsync(client, world.Record);
        var token = page.Document.QuerySelector("form[action*='handler=Upload'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(title), "Upload.Title" } };
        foreach (var id in shown) form.Add(new StringContent(id.ToString()), "Upload.Shown");
        if (shown.Length == 0) form.Add(new StringContent("true"), "Upload.NobodyShown");
        form.Add(new ByteArrayContent(content), "Upload.File", fileName);
        return await client.PostAsync(world.Record + "?handler=Upload", form);
    }

    [Fact]
    public async Task A_photo_showing_someone_who_withdraws_their_consent_is_no_longer_served_and_managers_see_why()
    {
        var world = await app.MissionRecordAsync();
        var pascale = await MeetAsync(world, "Pascale Etcheverry", consents: true);
        var julien = await MeetAsync(world, "Julien Lafitte", consents: true);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(world.Member.Client, world, "Photo de groupe", "groupe.png", Png, pascale.Id, julien.Id)).StatusCode);
        var photo = await app.WithDbAsync(db => db.VisitFiles.SingleAsync(f => f.ItemId == world.VisitId));
        Assert.Equal(new[] { julien.Id, pascale.Id }.Order(), (await app.WithDbAsync(db => db.VisitPhotoPeople.Where(p => p.FileId == photo.Id).Select(p => p.PersonMetId).ToListAsync())).Order());
        var download = $"/missions/{world.MissionId}/visits/{world.VisitId}/files/{photo.Id}";
        Assert.Equal(HttpStatusCode.OK, (await world.Invited.Client.GetAsync(download)).StatusCode);
        var before = await HtmlPage.GetAsync(world.Leader.Client, world.Record);
        Assert.Equal("· Shown: Julien Lafitte, Pascale Etcheverry", before.Text($"#file-{photo.Id} .shown"));

        var withdraw = await HtmlPage.GetAsync(world.Leader.Client, world.Record);
        Assert.Equal(HttpStatusCode.Redirect, (await withdraw.SubmitAsync(world.Leader.Client, $"#met-{julien.Id} form")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await world.Invited.Client.GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Leader.Client.GetAsync(download)).StatusCode);
        var page = await HtmlPage.GetAsync(world.Leader.Client, world.Record);
        Assert.Equal("Withheld", page.Text($"#file-{photo.Id} .badge"));
        Assert.Equal("Julien Lafitte withdrew their consent to photos: the photo is no longer served. Delete it.", page.Text($"#file-{photo.Id} .withheld-reason"));
        Assert.Null(page.Document.QuerySelector($"#file-{photo.Id} a[href='{download}']"));
        // Those who only read the record do not see it at all.
        Assert.Null((await HtmlPage.GetAsync(world.Invited.Client, world.Record)).Document.QuerySelector($"#file-{photo.Id}"));
        var french = await HtmlPage.GetAsync(await FrenchLeaderAsync(world), world.Record);
        Assert.Equal("Julien Lafitte a retiré son consentement aux photos\u00A0: la photo n'est plus diffusée. Supprimez-la.", french.Text($"#file-{photo.Id} .withheld-reason"));

        // The manager deletes it, and its stored copy with it.
        Assert.True(await Files.ExistsAsync(photo.StoredName));
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(world.Leader.Client, page.Document.QuerySelector($"#file-{photo.Id} a.delete-link")!.GetAttribute("href")!)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.VisitFiles.AnyAsync(f => f.Id == photo.Id)));
        Assert.False(await app.WithDbAsync(db => db.VisitPhotoPeople.AnyAsync(p => p.FileId == photo.Id)));
        Assert.False(await Files.ExistsAsync(photo.StoredName));
    }

    [Fact]
    public async Task A_photo_showing_someone_erased_from_the_directory_is_withheld_not_shown_as_showing_nobody()
    {
        var world = await app.MissionRecordAsync();
        var pascale = await MeetAsync(world, "Pascale Etcheverry", consents: true);
        var julien = await MeetAsync(world, "Julien Lafitte", consents: true);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(world.Member.Client, world, "Photo de groupe", "groupe.png", Png, pascale.Id, julien.Id)).StatusCode);
        var photo = await app.WithDbAsync(db => db.VisitFiles.SingleAsync(f => f.ItemId == world.VisitId));
        var download = $"/missions/{world.MissionId}/visits/{world.VisitId}/files/{photo.Id}";

        // Erasing a person from the directory takes the rows that name them with it.
        await app.WithDbAsync(db => db.People.Where(p => p.Id == julien.PersonId).ExecuteDeleteAsync());
        Assert.Equal([pascale.Id], await app.WithDbAsync(db => db.VisitPhotoPeople.Where(p => p.FileId == photo.Id).Select(p => p.PersonMetId).ToListAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await world.Invited.Client.GetAsync(download)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Leader.Client.GetAsync(download)).StatusCode);
        var page = await HtmlPage.GetAsync(world.Leader.Client, world.Record);
        Assert.Equal("Withheld", page.Text($"#file-{photo.Id} .badge"));
        Assert.Equal("Someone shown on this photo was erased from the directory: the photo is no longer served. Delete it.", page.Text($"#file-{photo.Id} .withheld-reason"));
        Assert.Null((await HtmlPage.GetAsync(world.Invited.Client, world.Record)).Document.QuerySelector($"#file-{photo.Id}"));
        var french = await HtmlPage.GetAsync(await FrenchLeaderAsync(world), world.Record);
        Assert.Equal("Une personne visible sur cette photo a été effacée du répertoire\u00A0: la photo n'est plus diffusée. Supprimez-la.", french.Text($"#file-{photo.Id} .withheld-reason"));
    }

    private async Task<HttpClient> FrenchLeaderAsync(RecordTesting.World world)
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, "Françoise", "fr-FR", "Europe/Paris");
        await app.AddMissionMemberAsync(world.MissionId, user.Id, world.Lead.Id, MissionRole.Lead);
        return await app.SignedInClientAsync(email);
    }

    [Fact]
    public async Task Those_who_write_the_record_delete_an_outcome_a_follow_up_and_a_person_met_who_stays_in_the_directory()
    {
        var world = await app.MissionRecordAsync();
        var pascale = await MeetAsync(world, "Pascale Etcheverry", consents: false);
        var (outcome, followUp) = await app.WithDbAsync(async db =>
        {
            var outcome = new VisitOutcome { ItemId = world.VisitId, ObjectiveId = world.FirstObjectiveId, Text = "Entente relancée", RecordedById = world.Leader.User.Id, RecordedAt = Instant.FromUtc(2026, 10, 19, 9, 0) };
            var followUp = new MissionFollowUp { MissionId = world.MissionId, ItemId = world.VisitId, Text = "Envoyer la grille", OwnerId = world.Member.User.Id, DueOn = new LocalDate(2026, 11, 2) };
            db.VisitOutcomes.Add(outcome);
            db.MissionFollowUps.Add(followUp);
            await db.SaveChangesAsync();
            return (outcome, followUp);
        });

        var confirm = await HtmlPage.GetAsync(world.Member.Client, Delete(world, "people", pascale.Id));
        Assert.Equal("Remove Pascale Etcheverry from the people met?", confirm.Text("h1"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.Member.Client, "main form")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.PeopleMet.AnyAsync(p => p.Id == pascale.Id)));
        Assert.True(await app.WithDbAsync(db => db.People.AnyAsync(p => p.Id == pascale.PersonId)));

        var outcomePage = await HtmlPage.GetAsync(world.Member.Client, Delete(world, "outcomes", outcome.Id));
        Assert.Equal("Consolider l'entente — Entente relancée", outcomePage.Text(".deletion-detail"));
        Assert.Equal(HttpStatusCode.Redirect, (await outcomePage.SubmitAsync(world.Member.Client, "main form")).StatusCode);
        var deleted = await ConfirmAsync(world.LeadAdministrator.Client, Delete(world, "follow-ups", followUp.Id));
        Assert.Equal($"{world.Record}#follow-ups", deleted.Headers.Location?.OriginalString);
        var page = await HtmlPage.GetAsync(world.Member.Client, world.Record);
        Assert.Equal("No outcome recorded yet.", page.Text("#outcomes .empty"));
        Assert.Equal("No follow-up yet.", page.Text("#follow-ups .empty"));
        Assert.Equal("Nobody recorded yet.", page.Text("#people .empty"));
        // Deleted twice (a second tab) is deleted once: the part no longer exists.
        Assert.Equal(HttpStatusCode.NotFound, (await world.Member.Client.GetAsync(Delete(world, "outcomes", outcome.Id))).StatusCode);
    }

    [Fact]
    public async Task Readers_get_403_and_others_404_and_nothing_is_deleted()
    {
        var world = await app.MissionRecordAsync();
        var pascale = await MeetAsync(world, "Pascale Etcheverry", consents: true);
        var url = Delete(world, "people", pascale.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Invited.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Invited.Client.PostFormAsync(url, new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Host.Client.PostFormAsync(url, new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.PostFormAsync(url, new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Leader.Client.GetAsync(Delete(world, "secrets", pascale.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Leader.Client.GetAsync($"/missions/{world.MissionId}/visits/{world.LegId}/people/{pascale.Id}/delete")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.PeopleMet.AnyAsync(p => p.Id == pascale.Id)));
    }

    [Fact]
    public async Task Someone_shown_on_a_photo_is_removed_from_the_visit_only_once_the_photo_is_deleted()
    {
        var world = await app.MissionRecordAsync();
        var pascale = await MeetAsync(world, "Pascale Etcheverry", consents: true);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(world.Leader.Client, world, "Accueil", "accueil.png", Png, pascale.Id)).StatusCode);

        var confirm = await HtmlPage.GetAsync(world.Leader.Client, Delete(world, "people", pascale.Id));
        Assert.Equal("Pascale Etcheverry is shown on photos of this visit: delete those photos first.", confirm.Text("#refused"));
        Assert.Null(confirm.Document.QuerySelector("main form"));
        var refused = await HtmlPage.FromAsync(await world.Leader.Client.PostFormAsync(Delete(world, "people", pascale.Id), new()));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Pascale Etcheverry is shown on photos of this visit: delete those photos first.", refused.Text("#refused"));
        Assert.True(await app.WithDbAsync(db => db.PeopleMet.AnyAsync(p => p.Id == pascale.Id)));
    }
}
