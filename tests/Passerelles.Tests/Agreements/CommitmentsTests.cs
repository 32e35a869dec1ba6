using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Coaching;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Agreements;

public sealed class CommitmentsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Fields(Guid article, Guid party, string what = "Co-animer une communauté de pratique",
        string due = "2026-04-15", string recurrence = "Once", Guid? person = null) => new()
    {
        ["Input.ArticleKey"] = article.ToString(), ["Input.What"] = what, ["Input.PartyId"] = party.ToString(),
        ["Input.PersonId"] = person?.ToString() ?? "", ["Input.DueOn"] = due, ["Input.Recurrence"] = recurrence,
        ["Input.Indicator"] = "Séances tenues", ["Input.Target"] = "4 par an",
    };

    private Task<Guid> FirstArticleAsync(Guid agreementId) =>
        app.WithDbAsync(async db => (await AgreementFile.VersionAsync(db, agreementId, 1))!.Articles[0].Key);

    [Fact]
    public async Task A_drafter_adds_lists_marks_done_and_deletes_a_commitment_and_every_change_is_in_the_audit_trail()
    {
        var world = await app.AgreementAsync();
        var article = await FirstArticleAsync(world.AgreementId);
        var admin = world.CeresoAdmin.Client;

        var empty = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments");
        Assert.NotNull(empty.Document.QuerySelector("#no-commitments"));

        var form = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments/new");
        var added = await form.SubmitAsync(admin, "main form", Fields(article, world.TubeParty, person: world.TubeAdmin.User.Id));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var commitment = await app.WithDbAsync(db => db.Commitments.SingleAsync(c => c.AgreementId == world.AgreementId));
        Assert.Equal((article, world.TubeParty, world.TubeAdmin.User.Id, new LocalDate(2026, 4, 15), Recurrence.Once, "Séances tenues", "4 par an"),
            (commitment.ArticleKey, commitment.PartyId, commitment.PersonId, commitment.DueOn, commitment.Recurrence, commitment.Indicator, commitment.Target));

        var list = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments");
        var row = list.Document.QuerySelector($"[data-commitment='{commitment.Id}']")!;
        Assert.Contains("Co-animer une communauté de pratique", row.TextContent);
        Assert.Contains("Article 1. Objet", row.TextContent);
        Assert.Contains("Isabelle Darrigade", row.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await list.PressAsync(admin, "Mark as done (due 4/15/2026)")).Response.StatusCode);
        var done = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments");
        var completion = await app.WithDbAsync(db => db.CommitmentCompletions.SingleAsync(c => c.CommitmentId == commitment.Id));
        Assert.Equal((new LocalDate(2026, 4, 15), world.CeresoAdmin.User.Id), (completion.DueOn, completion.DoneBy));
        Assert.Contains("Done", done.Document.QuerySelector($"[data-commitment='{commitment.Id}'] .commitment-status")!.TextContent);

        var edit = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments/{commitment.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(admin, "main form", new Dictionary<string, string> { ["Input.What"] = "Co-animer deux séances" })).StatusCode);
        Assert.Equal("Co-animer deux séances", await app.WithDbAsync(db => db.Commitments.Where(c => c.Id == commitment.Id).Select(c => c.What).SingleAsync()));

        var confirm = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments/{commitment.Id}/delete");
        Assert.Equal("Co-animer deux séances", confirm.Document.QuerySelector("#what")!.TextContent.Trim());
        Assert.True(await app.WithDbAsync(db => db.Commitments.AnyAsync(c => c.Id == commitment.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(admin, "main form")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Commitments.AnyAsync(c => c.Id == commitment.Id)));

        var kinds = await app.WithDbAsync(db => db.AgreementEvents.Where(e => e.AgreementId == world.AgreementId).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync());
        Assert.Equal([AgreementEventKind.CommitmentAdded, AgreementEventKind.CommitmentDone, AgreementEventKind.CommitmentChanged, AgreementEventKind.CommitmentDeleted], kinds);
    }

    [Fact]
    public async Task A_commitment_form_shows_each_error_next_to_its_field_in_the_user_s_language_and_saves_nothing()
    {
        var world = await app.AgreementAsync();
        var article = await FirstArticleAsync(world.AgreementId);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, "Amélie Tremblay", culture: "fr-CA");
        await app.AddMemberAsync(world.Cereso.Id, (await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email))).Id, MemberRole.Coach);
        var client = await app.SignedInClientAsync(email);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CA");

        var form = await HtmlPage.GetAsync(client, $"/agreements/{world.AgreementId}/commitments/new");
        var refused = await HtmlPage.FromAsync(await form.SubmitAsync(client, "main form", Fields(article, world.CeresoParty, what: "", due: "", person: world.TubeAdmin.User.Id)));

        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Equal("Ce champ est obligatoire.", refused.FieldError("Input.What"));
        Assert.Equal("Ce champ est obligatoire.", refused.FieldError("Input.DueOn"));
        Assert.Equal("La personne responsable doit être membre de la partie responsable.", refused.FieldError("Input.PersonId"));
        Assert.Equal("Séances tenues", ((AngleSharp.Html.Dom.IHtmlInputElement)refused.Document.QuerySelector("[name='Input.Indicator']")!).Value);

        var strangeArticle = await HtmlPage.FromAsync(await form.SubmitAsync(client, "main form", Fields(Guid.NewGuid(), world.CeresoParty)));
        Assert.Equal("Choisissez un article du texte en vigueur.", strangeArticle.FieldError("Input.ArticleKey"));
        Assert.False(await app.WithDbAsync(db => db.Commitments.AnyAsync(c => c.AgreementId == world.AgreementId)));
    }

    [Fact]
    public async Task Only_the_drafters_of_a_party_manage_commitments_and_outsiders_do_not_see_them()
    {
        var world = await app.AgreementAsync();
        var article = await FirstArticleAsync(world.AgreementId);
        var member = await app.PersonAsync(world.Tube.Id, MemberRole.ProjectMember);
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);
        var form = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/commitments/new");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(world.TubeAdmin.Client, "main form", Fields(article, world.TubeParty))).StatusCode);
        var id = await app.WithDbAsync(db => db.Commitments.Where(c => c.AgreementId == world.AgreementId).Select(c => c.Id).SingleAsync());

        var seen = await HtmlPage.GetAsync(member.Client, $"/agreements/{world.AgreementId}/commitments");
        Assert.Contains("Co-animer une communauté de pratique", seen.Html);
        Assert.Empty(seen.Document.QuerySelectorAll("main form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync($"/agreements/{world.AgreementId}/commitments/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync($"/agreements/{world.AgreementId}/commitments/{id}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync($"/agreements/{world.AgreementId}/term")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/agreements/{world.AgreementId}/commitments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/agreements/{world.AgreementId}/status")).StatusCode);
    }

    [Fact]
    public async Task Each_occurrence_of_a_recurring_commitment_is_marked_done_on_its_own_and_the_list_sorts_by_next_due_date()
    {
        var world = await app.AgreementAsync();
        var article = await FirstArticleAsync(world.AgreementId);
        var admin = world.CeresoAdmin.Client;
        // Today is 10 March 2026: a monthly commitment from 31 January is overdue for 28 February and due on 31 March.
        foreach (var (what, due, recurrence) in new[] { ("Rapport mensuel", "2026-01-31", "Monthly"), ("Bilan annuel", "2026-12-15", "Yearly"), ("Accueil de délégation", "2026-06-01", "Once") })
        {
            var form = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments/new");
            Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(admin, "main form", Fields(article, world.CeresoParty, what, due, recurrence))).StatusCode);
        }

        var list = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments");
        Assert.Equal(["Rapport mensuel", "Accueil de délégation", "Bilan annuel"], Whats(list));
        var byWhat = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments?sort=what&descending=true");
        Assert.Equal(["Rapport mensuel", "Bilan annuel", "Accueil de délégation"], Whats(byWhat));
        Assert.Contains("Overdue since 2/28/2026", list.Document.QuerySelectorAll("tbody tr")[0].TextContent);

        await list.PressAsync(admin, "Mark as done (due 2/28/2026)");
        var first = await HtmlPage.GetAsync(admin, $"/agreements/{world.AgreementId}/commitments");
        Assert.Contains("Open, due 3/31/2026", first.Document.QuerySelectorAll("tbody tr")[0].TextContent);
        await first.PressAsync(admin, "Mark as done (due 3/31/2026)");
        var done = await app.WithDbAsync(db => db.CommitmentCompletions.Where(c => c.DoneBy == world.CeresoAdmin.User.Id).OrderBy(c => c.DueOn).Select(c => c.DueOn).ToListAsync());
        Assert.Equal([new LocalDate(2026, 2, 28), new LocalDate(2026, 3, 31)], done);
        var id = await app.WithDbAsync(db => db.Commitments.Where(c => c.What == "Rapport mensuel").Select(c => c.Id).SingleAsync());
        var wrongDate = await admin.PostAsync($"/agreements/{world.AgreementId}/commitments?handler=done&commitment={id}&due=2026-03-15",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = list.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")! }));
        Assert.Equal(HttpStatusCode.BadRequest, wrongDate.StatusCode);

        static List<string> Whats(HtmlPage page) =>
            page.Document.QuerySelectorAll("tbody tr th").Select(th => th.ChildNodes[0].TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task A_commitment_follows_its_article_into_new_versions_and_says_so_once_the_article_is_removed()
    {
        var world = await app.AgreementAsync();
        var first = await app.WithDbAsync(db => AgreementFile.VersionAsync(db, world.AgreementId, 1));
        var (purpose, term) = (first!.Articles[0], first.Articles[1]);
        var form = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/commitments/new?article={term.Key}");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(world.CeresoAdmin.Client, "main form",
            new Dictionary<string, string> { ["Input.What"] = "Faire le bilan à mi-parcours", ["Input.PartyId"] = world.CeresoParty.ToString(), ["Input.DueOn"] = "2027-09-01" })).StatusCode);

        async Task SaveAsync(int basedOn, params (Guid Key, string Heading, string Body)[] articles) => await app.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == world.AgreementId);
            db.AgreementVersions.Add(agreement.SaveVersion(basedOn, agreement.Title, articles, [], world.CeresoAdmin.User.Id, Instant.FromUtc(2026, 3, 10, 15, basedOn))!);
            await db.SaveChangesAsync();
        });
        await SaveAsync(1, (term.Key, "Durée et reconduction", term.Body), (purpose.Key, purpose.Heading, purpose.Body));
        var moved = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/commitments");
        Assert.Contains("Article 1. Durée et reconduction", moved.Document.QuerySelector("#commitments tbody")!.TextContent);

        await SaveAsync(2, (purpose.Key, purpose.Heading, purpose.Body));
        var removed = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/commitments");
        Assert.Contains("Durée et reconduction — no longer in the text", removed.Document.QuerySelector("#commitments tbody")!.TextContent);
    }

    [Theory]
    [InlineData("2026-01-31", Recurrence.Monthly, "2026-01-31,2026-02-28,2026-03-31,2026-04-30")]
    [InlineData("2026-01-31", Recurrence.Quarterly, "2026-01-31,2026-04-30")]
    [InlineData("2024-02-29", Recurrence.Yearly, "2024-02-29,2025-02-28,2026-02-28")]
    [InlineData("2026-03-01", Recurrence.Once, "2026-03-01")]
    public void Occurrences_are_counted_from_the_first_due_date_with_the_calendar(string first, Recurrence recurrence, string expected)
    {
        var pattern = NodaTime.Text.LocalDatePattern.Iso;
        var dates = Commitment.Occurrences(pattern.Parse(first).Value, recurrence, new LocalDate(2026, 5, 15)).Select(pattern.Format);
        Assert.Equal(expected.Split(','), dates);
    }

    [Fact]
    public void A_tacit_renewal_moves_the_end_of_the_term_and_never_expires()
    {
        var agreement = new Agreement { Status = AgreementStatus.Signed, ExpiresOn = new LocalDate(2026, 1, 31), NoticeDays = 90, Renewal = RenewalMode.RenewsTacitly, RenewalMonths = 12 };
        Assert.Equal(new LocalDate(2026, 1, 31), agreement.TermEndsOn(new LocalDate(2026, 1, 31)));
        Assert.Equal(new LocalDate(2027, 1, 31), agreement.TermEndsOn(new LocalDate(2026, 2, 1)));
        Assert.Equal(new LocalDate(2026, 11, 2), agreement.NoticeOn(new LocalDate(2026, 2, 1)));
        Assert.Equal(AgreementStatus.Signed, agreement.StatusOn(new LocalDate(2030, 1, 1)));
        agreement.Renewal = RenewalMode.Expires;
        Assert.Equal(AgreementStatus.Signed, agreement.StatusOn(new LocalDate(2026, 1, 31)));
        Assert.Equal(AgreementStatus.Expired, agreement.StatusOn(new LocalDate(2026, 2, 1)));
    }
}
