using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Organisations;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Agreements;

public sealed class PartiesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<Agreement> AgreementAsync(Guid id) =>
        app.WithDbAsync(db => db.Agreements.AsNoTracking().Include(a => a.Parties).ThenInclude(p => p.Signatories).AsSplitQuery().SingleAsync(a => a.Id == id));

    private Task<List<AgreementEvent>> TrailAsync(Guid id) =>
        app.WithDbAsync(db => db.AgreementEvents.AsNoTracking().Where(e => e.AgreementId == id).OrderBy(e => e.At).ToListAsync());

    private static string Page(Guid id) => $"/agreements/{id}/parties";

    private static Task<HtmlPage> PostAsync(HttpClient client, HtmlPage page, string form, Dictionary<string, string>? values = null) =>
        page.SubmitAsync(client, form, values).ContinueWith(r => HtmlPage.FromAsync(r.Result)).Unwrap();

    /// <summary>A third organisation, in the public directory, with a member who may sign for it.</summary>
    private async Task<(Organisation Organisation, CoachingTesting.Person Member)> ThirdOrganisationAsync()
    {
        var organisation = await app.PublicOrganisationAsync($"Fonds régional ESS {Guid.NewGuid():N}");
        var member = await app.PersonAsync(organisation.Id, MemberRole.OrganisationAdministrator, "Chargée de mission");
        return (organisation, member);
    }

    [Fact]
    public async Task A_drafter_adds_a_party_with_its_signatories_from_the_agreement_page()
    {
        var world = await app.AgreementAsync();
        var (third, member) = await ThirdOrganisationAsync();
        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        var page = await HtmlPage.GetAsync(world.CeresoAdmin.Client, details.Document.QuerySelector("#parties-link")!.GetAttribute("href")!);

        var stranger = await PostAsync(world.CeresoAdmin.Client, page, "form[action*='handler=addParty']", new Dictionary<string, string>
        {
            ["NewParty.OrganisationId"] = third.Id.ToString(), ["NewParty.SigningRank"] = "3", ["NewParty.Signatories"] = world.CeresoSigner.User.Email!,
        });
        var twice = await PostAsync(world.CeresoAdmin.Client, page, "form[action*='handler=addParty']", new Dictionary<string, string>
        {
            ["NewParty.OrganisationId"] = world.Tube.Id.ToString(), ["NewParty.Signatories"] = world.TubeSigner.User.Email!,
        });
        var added = await page.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=addParty']", new Dictionary<string, string>
        {
            ["NewParty.OrganisationId"] = third.Id.ToString(), ["NewParty.SigningRank"] = "3", ["NewParty.Signatories"] = member.User.Email!.ToUpperInvariant(),
        });

        Assert.Equal(Page(world.AgreementId), details.Document.QuerySelector("#parties-link")!.GetAttribute("href"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("input[name='NewParty.OrganisationId']"), o => o.GetAttribute("value") == world.Tube.Id.ToString());
        Assert.Equal($"{world.CeresoSigner.User.Email} is neither a member of this organisation nor an administrator of an organisation that carries it.", stranger.FieldError("NewParty.Signatories"));
        Assert.Equal("This organisation is already a party.", twice.FieldError("NewParty.OrganisationId"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var agreement = await AgreementAsync(world.AgreementId);
        var party = Assert.Single(agreement.Parties, p => p.OrganisationId == third.Id);
        Assert.Equal(3, party.SigningRank);
        Assert.Equal([member.User.Id], party.Signatories.Select(s => s.UserId));
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Equal(1, agreement.CurrentVersion);
        var line = Assert.Single(await TrailAsync(world.AgreementId), e => e.Kind == AgreementEventKind.PartyAdded);
        Assert.Equal($"{third.Name}, signing order 3", line.Detail);
        Assert.Equal(world.CeresoAdmin.User.Id, line.ActorId);
        var after = await HtmlPage.GetAsync(world.CeresoAdmin.Client, Page(world.AgreementId));
        Assert.Contains($"{third.Name} is now a party to the agreement.", after.Html);
    }

    [Fact]
    public async Task Removing_a_party_asks_for_confirmation_and_at_least_two_parties_remain()
    {
        var world = await app.AgreementAsync();
        var (third, member) = await ThirdOrganisationAsync();
        // CERESO carries the third organisation, so CERESO's administrator acts for it.
        await app.CarryAsync(world.Cereso.Id, third.Id);
        var page = await HtmlPage.GetAsync(world.CeresoAdmin.Client, Page(world.AgreementId));
        await page.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=addParty']", new Dictionary<string, string>
        {
            ["NewParty.OrganisationId"] = third.Id.ToString(), ["NewParty.Signatories"] = member.User.Email!,
        });
        var thirdParty = (await AgreementAsync(world.AgreementId)).Parties.Single(p => p.OrganisationId == third.Id).Id;

        var confirm = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/parties/{thirdParty}/remove");
        var stillThree = (await AgreementAsync(world.AgreementId)).Parties.Count;
        var removed = await confirm.SubmitAsync(world.CeresoAdmin.Client, "main form");
        var lastTwo = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/parties/{world.TubeParty}/remove");
        var refused = await HtmlPage.FromAsync(await world.TubeAdmin.Client.PostAsync($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/remove",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = lastTwo.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
                ["Version"] = (await AgreementAsync(world.AgreementId)).Version.ToString(),
            })));

        Assert.Equal($"Remove {third.Name} from the agreement", confirm.Text("main h1"));
        Assert.Equal(3, stillThree);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("An agreement has at least two parties.", lastTwo.Text("#remove-problem"));
        Assert.Null(lastTwo.Document.QuerySelector("main form"));
        Assert.Contains("An agreement has at least two parties.", refused.Text("#remove-error"));
        var agreement = await AgreementAsync(world.AgreementId);
        Assert.Equal(new[] { world.CeresoParty, world.TubeParty }.Order(), agreement.Parties.Select(p => p.Id).Order());
        var line = Assert.Single(await TrailAsync(world.AgreementId), e => e.Kind == AgreementEventKind.PartyRemoved);
        Assert.Equal(third.Name, line.Detail);
        Assert.Equal((third.Id, world.Cereso.Id), (line.ForOrganisationId, line.ThroughOrganisationId));
    }

    [Fact]
    public async Task A_party_that_already_agreed_an_article_stays_a_party()
    {
        var world = await app.AgreementAsync();
        var (third, member) = await ThirdOrganisationAsync();
        var page = await HtmlPage.GetAsync(world.CeresoAdmin.Client, Page(world.AgreementId));
        await page.SubmitAsync(world.CeresoAdmin.Client, "form[action*='handler=addParty']", new Dictionary<string, string>
        {
            ["NewParty.OrganisationId"] = third.Id.ToString(), ["NewParty.Signatories"] = member.User.Email!,
        });
        await app.WithDbAsync(async db =>
        {
            var key = await db.AgreementVersions.Where(v => v.AgreementId == world.AgreementId).SelectMany(v => v.Articles).Select(a => a.Key).FirstAsync();
            db.ArticleMarks.Add(new ArticleMark
            {
                AgreementId = world.AgreementId, PartyId = world.TubeParty, ArticleKey = key, ArticleSha256 = new string('a', 64),
                MarkedBy = world.TubeAdmin.User.Id, MarkedAt = Instant.FromDateTimeOffset(app.Clock.GetUtcNow()),
            });
            await db.SaveChangesAsync();
        });

        var administrator = await app.AdministratorClientAsync();
        administrator.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var confirm = await HtmlPage.GetAsync(administrator, $"/agreements/{world.AgreementId}/parties/{world.TubeParty}/remove");

        Assert.Equal("This party has already agreed articles, approved a version or taken on commitments: those records are kept, so it stays a party.", confirm.Text("#remove-problem"));
        Assert.Equal(3, (await AgreementAsync(world.AgreementId)).Parties.Count);
    }

    [Fact]
    public async Task The_signing_order_of_a_party_changes_within_the_allowed_range()
    {
        var world = await app.AgreementAsync();
        var page = await HtmlPage.GetAsync(world.TubeAdmin.Client, Page(world.AgreementId));
        var form = $"[data-party='{world.TubeParty}'] form[action*='handler=rank']";

        var outOfRange = await PostAsync(world.TubeAdmin.Client, page, form, new Dictionary<string, string> { ["Rank.SigningRank"] = "11" });
        var changed = await page.SubmitAsync(world.TubeAdmin.Client, form, new Dictionary<string, string> { ["Rank.SigningRank"] = "1" });

        Assert.Equal("Between 1 and 10.", outOfRange.FieldError("Rank.SigningRank"));
        Assert.Equal("11", outOfRange.Document.QuerySelector($"#rank-{world.TubeParty}")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var agreement = await AgreementAsync(world.AgreementId);
        Assert.All(agreement.Parties, p => Assert.Equal(1, p.SigningRank));
        var line = Assert.Single(await TrailAsync(world.AgreementId), e => e.Kind == AgreementEventKind.SigningRankChanged);
        Assert.Equal($"{world.Tube.Name}: 2 → 1", line.Detail);
    }

    [Fact]
    public async Task Signatories_are_members_of_the_party_and_a_party_keeps_at_least_one()
    {
        var world = await app.AgreementAsync();
        var deputy = await app.PersonAsync(world.Tube.Id, MemberRole.Coach, "Trésorière CBE");
        var page = await HtmlPage.GetAsync(world.TubeAdmin.Client, Page(world.AgreementId));
        var form = $"[data-party='{world.TubeParty}'] form[action*='handler=addSignatory']";

        var outsider = await PostAsync(world.TubeAdmin.Client, page, form, new Dictionary<string, string> { ["Signatory.Email"] = world.CeresoSigner.User.Email! });
        var empty = await PostAsync(world.TubeAdmin.Client, page, form, new Dictionary<string, string> { ["Signatory.Email"] = "" });
        var already = await PostAsync(world.TubeAdmin.Client, page, form, new Dictionary<string, string> { ["Signatory.Email"] = world.TubeSigner.User.Email! });
        var added = await page.SubmitAsync(world.TubeAdmin.Client, form, new Dictionary<string, string> { ["Signatory.Email"] = deputy.User.Email! });
        var withTwo = await HtmlPage.GetAsync(world.TubeAdmin.Client, Page(world.AgreementId));
        var removed = await withTwo.SubmitAsync(world.TubeAdmin.Client, $"form[action*='handler=removeSignatory'][action*='user={world.TubeSigner.User.Id}']");
        var withOne = await HtmlPage.GetAsync(world.TubeAdmin.Client, Page(world.AgreementId));
        var last = await PostAsync(world.TubeAdmin.Client, withOne, $"form[action*='handler=removeSignatory'][action*='user={deputy.User.Id}']");

        Assert.Equal($"{world.CeresoSigner.User.Email} is neither a member of this organisation nor an administrator of an organisation that carries it.", outsider.FieldError("Signatory.Email"));
        Assert.Equal(world.CeresoSigner.User.Email, outsider.Document.QuerySelector($"#signatory-{world.TubeParty}")!.GetAttribute("value"));
        Assert.Equal("This field is required.", empty.FieldError("Signatory.Email"));
        Assert.Equal("This person is already an authorised signatory for this party.", already.FieldError("Signatory.Email"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("A party keeps at least one authorised signatory.", last.FieldError("Signatory.Email"));
        Assert.Equal($"Remove {deputy.User.DisplayName} as signatory for {world.Tube.Name}",
            withOne.Document.QuerySelector($"form[action*='user={deputy.User.Id}'] button")!.TextContent.Trim());
        var tube = (await AgreementAsync(world.AgreementId)).Parties.Single(p => p.Id == world.TubeParty);
        Assert.Equal([deputy.User.Id], tube.Signatories.Select(s => s.UserId));
        var kinds = (await TrailAsync(world.AgreementId)).Select(e => e.Kind).ToList();
        Assert.Contains(AgreementEventKind.SignatoryAdded, kinds);
        Assert.Contains(AgreementEventKind.SignatoryRemoved, kinds);
    }

    [Fact]
    public async Task A_change_while_awaiting_approval_takes_the_agreement_back_to_draft()
    {
        var world = await app.AgreementAsync();
        await app.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == world.AgreementId);
            agreement.Status = AgreementStatus.InApproval;
            db.PartyApprovals.Add(new PartyApproval
            {
                AgreementId = world.AgreementId, PartyId = world.CeresoParty, VersionNumber = 1, ResolutionReference = "CA-2026-04",
                ResolvedOn = new LocalDate(2026, 3, 1), RecordedBy = world.CeresoAdmin.User.Id, RecordedAt = Instant.FromDateTimeOffset(app.Clock.GetUtcNow()),
            });
            await db.SaveChangesAsync();
        });
        var page = await HtmlPage.GetAsync(world.CeresoAdmin.Client, Page(world.AgreementId));

        await page.SubmitAsync(world.CeresoAdmin.Client, $"[data-party='{world.CeresoParty}'] form[action*='handler=rank']", new Dictionary<string, string> { ["Rank.SigningRank"] = "2" });
        var after = await HtmlPage.GetAsync(world.CeresoAdmin.Client, Page(world.AgreementId));
        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");

        Assert.NotNull(page.Document.QuerySelector("#resets-approvals"));
        Assert.Contains("The agreement is back to draft: every party approves it again.", after.Html);
        var agreement = await AgreementAsync(world.AgreementId);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Equal(2, agreement.CurrentVersion);
        var texts = await app.WithDbAsync(async db => (await db.AgreementVersions.Include(v => v.Articles).Include(v => v.Annexes).AsSplitQuery()
            .Where(v => v.AgreementId == world.AgreementId).OrderBy(v => v.Number).ToListAsync()).Select(v => v.CanonicalText()).ToList());
        Assert.Equal(texts[0], texts[1]);
        Assert.Equal("Not approved yet", details.Document.QuerySelector($"tr[data-party='{world.CeresoParty}'] .approval")!.TextContent.Trim());
        var kinds = (await TrailAsync(world.AgreementId)).Select(e => (e.Kind, e.VersionNumber)).ToList();
        Assert.Contains((AgreementEventKind.VersionSaved, 2), kinds);
        Assert.Contains((AgreementEventKind.SigningRankChanged, 2), kinds);
    }

    [Fact]
    public async Task Parties_no_longer_change_once_a_signature_was_given()
    {
        var world = await app.AgreementAsync();
        var (third, member) = await ThirdOrganisationAsync();
        await app.OpenSignatureAsync(world);
        var before = await HtmlPage.GetAsync(world.CeresoAdmin.Client, Page(world.AgreementId));
        await app.WithDbAsync(async db =>
        {
            db.AgreementSignatures.Add(new AgreementSignature
            {
                AgreementId = world.AgreementId, PartyId = world.CeresoParty, UserId = world.CeresoSigner.User.Id, VersionNumber = 1,
                SignedAt = Instant.FromDateTimeOffset(app.Clock.GetUtcNow()), TimeZoneId = "America/Toronto",
                AuthenticationMethod = AgreementSignature.PasswordAndAuthenticatorCode, TextSha256 = new string('0', 64),
            });
            // Even once a new version takes it back to draft, the parties that were signed for stay.
            (await db.Agreements.SingleAsync(a => a.Id == world.AgreementId)).Status = AgreementStatus.Draft;
            await db.SaveChangesAsync();
        });
        var token = before.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var version = (await AgreementAsync(world.AgreementId)).Version.ToString();

        var page = await HtmlPage.GetAsync(world.CeresoAdmin.Client, Page(world.AgreementId));
        var refused = await HtmlPage.FromAsync(await world.CeresoAdmin.Client.PostAsync($"{Page(world.AgreementId)}?handler=addParty",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["NewParty.Version"] = version, ["NewParty.OrganisationId"] = third.Id.ToString(),
                ["NewParty.SigningRank"] = "1", ["NewParty.Signatories"] = member.User.Email!,
            })));
        var details = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");

        Assert.NotNull(before.Document.QuerySelector("#parties-locked"));
        Assert.Equal("The parties can only change while the agreement is a draft or awaiting approval.", before.Text("#parties-locked"));
        Assert.Equal("The parties can no longer change: the agreement has already been signed.", page.Text("#parties-locked"));
        Assert.Empty(page.Document.QuerySelectorAll("main form"));
        Assert.Contains("The parties can no longer change: the agreement has already been signed.", refused.Text(".alert[role='alert']"));
        Assert.Null(details.Document.QuerySelector("#parties-link"));
        Assert.Equal(2, (await AgreementAsync(world.AgreementId)).Parties.Count);
    }

    [Fact]
    public async Task A_change_made_from_a_page_shown_before_another_change_is_refused()
    {
        var world = await app.AgreementAsync();
        var ceresoPage = await HtmlPage.GetAsync(world.CeresoAdmin.Client, Page(world.AgreementId));
        var tubePage = await HtmlPage.GetAsync(world.TubeAdmin.Client, Page(world.AgreementId));

        await tubePage.SubmitAsync(world.TubeAdmin.Client, $"[data-party='{world.TubeParty}'] form[action*='handler=rank']", new Dictionary<string, string> { ["Rank.SigningRank"] = "3" });
        var stale = await PostAsync(world.CeresoAdmin.Client, ceresoPage, $"[data-party='{world.CeresoParty}'] form[action*='handler=rank']", new Dictionary<string, string> { ["Rank.SigningRank"] = "4" });

        Assert.Contains("Someone else changed this agreement while you were editing it.", stale.Text(".alert[role='alert']"));
        Assert.Equal("Signing order: 3", stale.Text($"[data-party='{world.TubeParty}'] .signing-order"));
        var agreement = await AgreementAsync(world.AgreementId);
        Assert.Equal(1, agreement.Parties.Single(p => p.Id == world.CeresoParty).SigningRank);
        Assert.Equal(3, agreement.Parties.Single(p => p.Id == world.TubeParty).SigningRank);
    }

    [Fact]
    public async Task Only_drafters_of_the_parties_change_them()
    {
        var world = await app.AgreementAsync();
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);
        var projectMember = await app.PersonAsync(world.Cereso.Id, MemberRole.ProjectMember);

        var notFound = await outsider.Client.GetAsync(Page(world.AgreementId));
        var notFoundRemove = await outsider.Client.GetAsync($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/remove");
        var forbidden = await projectMember.Client.GetAsync(Page(world.AgreementId));
        var forbiddenRemove = await projectMember.Client.GetAsync($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/remove");
        var details = await HtmlPage.GetAsync(projectMember.Client, $"/agreements/{world.AgreementId}");

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFoundRemove.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenRemove.StatusCode);
        Assert.Null(details.Document.QuerySelector("#parties-link"));
    }

    [Fact]
    public async Task A_coach_cannot_remove_the_other_party()
    {
        var world = await app.AgreementAsync();
        var (third, member) = await ThirdOrganisationAsync();
        var coach = await app.PersonAsync(world.Cereso.Id, MemberRole.Coach, "Coach CERESO");
        var page = await HtmlPage.GetAsync(coach.Client, Page(world.AgreementId));
        var token = page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var version = (await AgreementAsync(world.AgreementId)).Version.ToString();
        Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> values) =>
            coach.Client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>(values) { ["__RequestVerificationToken"] = token }));

        var confirm = await coach.Client.GetAsync($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/remove");
        var removal = await PostFormAsync($"/agreements/{world.AgreementId}/parties/{world.TubeParty}/remove", new() { ["Version"] = version });
        var rank = await PostFormAsync($"{Page(world.AgreementId)}?handler=rank",
            new() { ["Rank.Version"] = version, ["Rank.PartyId"] = world.TubeParty.ToString(), ["Rank.SigningRank"] = "5" });
        var signatory = await PostFormAsync($"{Page(world.AgreementId)}?handler=addSignatory",
            new() { ["Signatory.Version"] = version, ["Signatory.PartyId"] = world.TubeParty.ToString(), ["Signatory.Email"] = world.TubeAdmin.User.Email! });
        var removeSignatory = await PostFormAsync($"{Page(world.AgreementId)}?handler=removeSignatory&party={world.TubeParty}&user={world.TubeSigner.User.Id}",
            new() { ["version"] = version });
        var added = await page.SubmitAsync(coach.Client, "form[action*='handler=addParty']", new Dictionary<string, string>
        {
            ["NewParty.OrganisationId"] = third.Id.ToString(), ["NewParty.Signatories"] = member.User.Email!,
        });

        Assert.Equal(HttpStatusCode.Forbidden, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, removal.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rank.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, signatory.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, removeSignatory.StatusCode);
        Assert.Null(page.Document.QuerySelector($"a[href$='/parties/{world.TubeParty}/remove']"));
        Assert.Null(page.Document.QuerySelector($"[data-party='{world.TubeParty}'] form"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var agreement = await AgreementAsync(world.AgreementId);
        var tube = Assert.Single(agreement.Parties, p => p.Id == world.TubeParty);
        Assert.Equal(2, tube.SigningRank);
        Assert.Equal([world.TubeSigner.User.Id], tube.Signatories.Select(s => s.UserId));
        Assert.Contains(agreement.Parties, p => p.OrganisationId == third.Id);
        Assert.Equal([AgreementEventKind.PartyAdded], (await TrailAsync(world.AgreementId)).Select(e => e.Kind));
    }

    [Fact]
    public async Task An_administrator_of_a_carrier_may_be_named_signatory_for_the_party_it_carries()
    {
        var world = await app.AgreementAsync();
        var carrier = await app.CreateOrganisationAsync($"PTCE {Guid.NewGuid():N}"[..20], Side.France);
        await app.CarryAsync(carrier.Id, world.Tube.Id);
        var coordinator = await app.PersonAsync(carrier.Id, MemberRole.OrganisationAdministrator, "Coordination PTCE");
        var carrierCoach = await app.PersonAsync(carrier.Id, MemberRole.Coach, "Coach PTCE");
        var page = await HtmlPage.GetAsync(world.TubeAdmin.Client, Page(world.AgreementId));
        var form = $"[data-party='{world.TubeParty}'] form[action*='handler=addSignatory']";

        var coach = await PostAsync(world.TubeAdmin.Client, page, form, new Dictionary<string, string> { ["Signatory.Email"] = carrierCoach.User.Email! });
        var added = await page.SubmitAsync(world.TubeAdmin.Client, form, new Dictionary<string, string> { ["Signatory.Email"] = coordinator.User.Email! });

        Assert.Equal($"{carrierCoach.User.Email} is neither a member of this organisation nor an administrator of an organisation that carries it.",
            coach.FieldError("Signatory.Email"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var tube = (await AgreementAsync(world.AgreementId)).Parties.Single(p => p.Id == world.TubeParty);
        Assert.Contains(coordinator.User.Id, tube.Signatories.Select(s => s.UserId));
        var line = Assert.Single(await TrailAsync(world.AgreementId), e => e.Kind == AgreementEventKind.SignatoryAdded);
        Assert.Equal(((Guid?)world.Tube.Id, (Guid?)null), (line.ForOrganisationId, line.ThroughOrganisationId));
    }
}
