using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Tests.Account;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

/// <summary>A placement's tripartite internship agreement goes through the agreements engine: drafted from the placement
/// page, approved by the sending and host organisations, signed by the student, the sending college and the host on the
/// engine's sign page; the last signature ticks the checklist item.</summary>
public sealed class TripartiteAgreementTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<PlacementTesting.World> WorldAsync() => app.PlacementWorldAsync(new LocalDate(2026, 6, 1), new LocalDate(2026, 9, 30));

    /// <summary>Turns two-factor authentication on for a signed-in person; returns the key their authenticator app holds.</summary>
    private async Task<string> TwoFactorAsync(MissionsTesting.Person person)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(person.Id.ToString()))!;
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        await users.SetTwoFactorEnabledAsync(user, true);
        return key;
    }

    private async Task<HttpResponseMessage> SignAsync(MissionsTesting.Person person, string key, Guid agreementId)
    {
        var page = await HtmlPage.GetAsync(person.Client, $"/agreements/{agreementId}/sign");
        return await page.SubmitAsync(person.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = AppFactory.Password, ["Input.Code"] = AuthenticatorApp.Code(key, app.Clock), ["Input.TimeZoneId"] = "America/Toronto",
        });
    }

    private static async Task<HttpResponseMessage> DraftAsync(MissionsTesting.Person person, PlacementTesting.World world)
    {
        var page = await HtmlPage.GetAsync(person.Client, world.Page);
        return await page.SubmitAsync(person.Client, "form[action*='handler=DraftAgreement']");
    }

    /// <summary>A post by someone whose page may have no such form, with their own antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsOtherAsync(HttpClient client, string url, Dictionary<string, string>? values = null)
    {
        var fields = new Dictionary<string, string>(values ?? []) { ["__RequestVerificationToken"] = await Security.SweepRoutes.AntiforgeryTokenAsync(client) };
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private Task<Guid> AgreementOfAsync(PlacementTesting.World world) =>
        app.WithDbAsync(db => db.Placements.Where(p => p.Id == world.PlacementId).Select(p => p.AgreementId!.Value).SingleAsync());

    private async Task ApproveAsync(MissionsTesting.Person person, Guid agreementId, Guid organisationId)
    {
        var party = await app.WithDbAsync(db => db.AgreementParties.Where(p => p.AgreementId == agreementId && p.OrganisationId == organisationId && p.PersonId == null)
            .Select(p => p.Id).SingleAsync());
        var page = await HtmlPage.GetAsync(person.Client, $"/agreements/{agreementId}/parties/{party}/approve");
        var approved = await page.SubmitAsync(person.Client, "main form", new Dictionary<string, string> { ["Input.Reference"] = "CA-2026-05", ["Input.ResolvedOn"] = "2026-03-09" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
    }

    [Fact]
    public async Task A_drafted_agreement_approved_by_both_organisations_and_signed_by_the_three_parties_ticks_the_checklist_item()
    {
        var world = await WorldAsync();
        var keys = new Dictionary<Guid, string>();
        foreach (var person in new[] { world.Coordinator, world.HostCoordinator, world.Student }) keys[person.Id] = await TwoFactorAsync(person);

        var drafted = await DraftAsync(world.Coordinator, world);
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Equal($"{world.Page}#agreement", drafted.Headers.Location!.OriginalString);
        var agreementId = await AgreementOfAsync(world);
        var parties = await app.WithDbAsync(db => db.AgreementParties.Where(p => p.AgreementId == agreementId)
            .Select(p => new { p.OrganisationId, p.PersonId, p.SigningRank, Signatories = p.Signatories.Select(s => s.UserId).ToList() }).ToListAsync());
        Assert.Equal(3, parties.Count);
        Assert.Contains(parties, p => p.PersonId == world.Student.Id && p.OrganisationId == world.SendingId && p.Signatories.SequenceEqual([world.Student.Id]));
        Assert.Contains(parties, p => p.PersonId == null && p.OrganisationId == world.SendingId && p.Signatories.SequenceEqual([world.Coordinator.Id]));
        Assert.Contains(parties, p => p.PersonId == null && p.OrganisationId == world.HostId && p.Signatories.SequenceEqual([world.HostCoordinator.Id]));
        Assert.All(parties, p => Assert.Equal(1, p.SigningRank));

        var placement = await HtmlPage.GetAsync(world.Coordinator.Client, world.Page);
        Assert.Equal("Draft", placement.Text("#agreement-status"));
        Assert.Equal($"/agreements/{agreementId}", placement.Document.QuerySelector("#agreement-link")!.GetAttribute("href"));
        var text = await HtmlPage.GetAsync(world.Coordinator.Client, $"/agreements/{agreementId}");
        Assert.Contains("Entente de stage tripartite / Tripartite internship agreement", text.Text("h1"));
        Assert.Contains("This agreement organises the internship \"Stage en animation de tiers-lieu\"", text.Document.Body!.TextContent);
        Assert.Contains("du 2026-06-01 au 2026-09-30, dans le cadre du programme Stages LOJIQ", text.Document.Body!.TextContent);

        var details = await HtmlPage.GetAsync(world.Coordinator.Client, $"/agreements/{agreementId}");
        Assert.Equal(HttpStatusCode.Redirect, (await details.SubmitAsync(world.Coordinator.Client, "form[action*='handler=sendForApproval']")).StatusCode);
        await ApproveAsync(world.Coordinator, agreementId, world.SendingId);
        await ApproveAsync(world.HostCoordinator, agreementId, world.HostId);

        var title = await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == agreementId).Select(a => a.Title).SingleAsync());
        foreach (var signer in new[] { world.Student, world.Coordinator, world.HostCoordinator })
        {
            var email = await app.WithDbAsync(db => db.Users.Where(u => u.Id == signer.Id).Select(u => u.Email!).SingleAsync());
            var turn = app.Mail.Sent.Single(m => m.To == email && m.Subject == $"Your signature is awaited: {title}");
            Assert.Equal($"/agreements/{agreementId}/sign", CapturingMailer.LinkIn(turn));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(world.Student, keys[world.Student.Id], agreementId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(world.Coordinator, keys[world.Coordinator.Id], agreementId)).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.ChecklistItems.Where(i => i.PlacementId == world.PlacementId && i.Kind == ChecklistItemKind.Agreement)
            .Select(i => i.DoneAt).SingleAsync()));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(world.HostCoordinator, keys[world.HostCoordinator.Id], agreementId)).StatusCode);

        var item = await app.WithDbAsync(db => db.ChecklistItems.AsNoTracking().SingleAsync(i => i.PlacementId == world.PlacementId && i.Kind == ChecklistItemKind.Agreement));
        Assert.Equal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow()), item.DoneAt);
        Assert.Null(item.DoneById);
        var coordinatorEmail = await app.WithDbAsync(db => db.Users.Where(u => u.Id == world.Coordinator.Id).Select(u => u.Email!).SingleAsync());
        Assert.Single(app.Mail.Sent, m => m.To == coordinatorEmail && m.Subject == $"The agreement {title} is signed by all parties");

        var after = await HtmlPage.GetAsync(world.Coordinator.Client, world.Page);
        Assert.Equal("Signed", after.Text("#agreement-status"));
        Assert.Contains("Signed by all parties on", after.Text("#item-Agreement"));
        Assert.Null(after.Document.QuerySelector("#item-Agreement form"));
    }

    [Fact]
    public async Task The_last_signature_of_a_placement_anonymised_meanwhile_is_taken_and_ticks_nothing()
    {
        var world = await WorldAsync();
        var keys = new Dictionary<Guid, string>();
        foreach (var person in new[] { world.Coordinator, world.HostCoordinator, world.Student }) keys[person.Id] = await TwoFactorAsync(person);
        Assert.Equal(HttpStatusCode.Redirect, (await DraftAsync(world.Coordinator, world)).StatusCode);
        var agreementId = await AgreementOfAsync(world);
        var details = await HtmlPage.GetAsync(world.Coordinator.Client, $"/agreements/{agreementId}");
        Assert.Equal(HttpStatusCode.Redirect, (await details.SubmitAsync(world.Coordinator.Client, "form[action*='handler=sendForApproval']")).StatusCode);
        await ApproveAsync(world.Coordinator, agreementId, world.SendingId);
        await ApproveAsync(world.HostCoordinator, agreementId, world.HostId);
        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(world.Student, keys[world.Student.Id], agreementId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(world.Coordinator, keys[world.Coordinator.Id], agreementId)).StatusCode);
        // What retention leaves of the placement: no student, no checklist.
        await app.WithDbAsync(async db =>
        {
            await db.ChecklistItems.Where(i => i.PlacementId == world.PlacementId).ExecuteDeleteAsync();
            await db.Placements.Where(p => p.Id == world.PlacementId).ExecuteUpdateAsync(s => s.SetProperty(p => p.StudentId, (Guid?)null));
        });

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(world.HostCoordinator, keys[world.HostCoordinator.Id], agreementId)).StatusCode);

        Assert.Equal("Signed", (await HtmlPage.GetAsync(world.Coordinator.Client, world.Page)).Text("#agreement-status"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ChecklistItems.CountAsync(i => i.PlacementId == world.PlacementId)));
    }

    [Fact]
    public async Task A_student_of_another_placement_cannot_sign_the_agreement()
    {
        var world = await WorldAsync();
        var other = await WorldAsync();
        var key = await TwoFactorAsync(other.Student);
        Assert.Equal(HttpStatusCode.Redirect, (await DraftAsync(world.Coordinator, world)).StatusCode);
        var agreementId = await AgreementOfAsync(world);
        await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == agreementId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AgreementStatus.InSignature)));

        Assert.Equal(HttpStatusCode.NotFound, (await other.Student.Client.GetAsync($"/agreements/{agreementId}/sign")).StatusCode);
        var posted = await PostAsOtherAsync(other.Student.Client, $"/agreements/{agreementId}/sign", new Dictionary<string, string>
        {
            ["Input.Password"] = AppFactory.Password, ["Input.Code"] = AuthenticatorApp.Code(key, app.Clock), ["Input.TimeZoneId"] = "America/Toronto",
        });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.AgreementSignatures.AnyAsync(s => s.AgreementId == agreementId)));
    }

    [Fact]
    public async Task Drafting_the_agreement_twice_is_refused_with_a_message_and_only_coordinators_draft_it()
    {
        var world = await WorldAsync();
        var draft = $"{world.Page}?handler=DraftAgreement";
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsOtherAsync(world.Student.Client, draft)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsOtherAsync(world.Supervisor.Client, draft)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsOtherAsync(world.Outsider.Client, draft)).StatusCode);
        Assert.Null((await app.PlacementAsync(world.PlacementId)).AgreementId);

        var page = await HtmlPage.GetAsync(world.HostCoordinator.Client, world.Page);
        Assert.Equal(HttpStatusCode.Redirect, (await DraftAsync(world.Coordinator, world)).StatusCode);
        var again = await HtmlPage.FromAsync(await page.SubmitAsync(world.HostCoordinator.Client, "form[action*='handler=DraftAgreement']"));

        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
        Assert.Equal("This placement has its tripartite agreement already.", again.Text("#agreement .alert li"));
        Assert.Equal(1, await app.WithDbAsync(db => db.AgreementParties.CountAsync(p => p.PersonId == world.Student.Id)));
        Assert.Null(again.Document.QuerySelector("form[action*='handler=DraftAgreement']"));
    }
}
