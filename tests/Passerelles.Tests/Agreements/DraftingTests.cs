using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Organisations;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Agreements;

public sealed class DraftingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Drafting_an_agreement_names_its_parties_and_signatories_and_starts_the_audit_trail()
    {
        var cereso = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.PublicOrganisationAsync($"Tube {Guid.NewGuid():N}", Side.France);
        var drafter = await app.PersonAsync(cereso.Id, MemberRole.OrganisationAdministrator, "Geneviève Gagnon");
        var signer = await app.SignerAsync(tube.Id, "Président CBE", twoFactor: false);

        var page = await HtmlPage.GetAsync(drafter.Client, "/agreements/new");
        var response = await page.SubmitAsync(drafter.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Entente de partenariat", ["Input.Purpose"] = "Transfert de pratiques",
            ["Input.Parties[0].OrganisationId"] = cereso.Id.ToString(), ["Input.Parties[0].SigningRank"] = "1",
            ["Input.Parties[0].Signatories"] = drafter.User.Email!,
            ["Input.Parties[1].OrganisationId"] = tube.Id.ToString(), ["Input.Parties[1].SigningRank"] = "2",
            ["Input.Parties[1].Signatories"] = signer.User.Email!.ToUpperInvariant(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var agreement = await app.WithDbAsync(db => db.Agreements.Include(a => a.Parties).ThenInclude(p => p.Signatories).SingleAsync(a => a.Title == "Entente de partenariat"));
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Equal(1, agreement.CurrentVersion);
        Assert.Equal([1, 2], agreement.Parties.OrderBy(p => p.SigningRank).Select(p => p.SigningRank));
        Assert.Equal(signer.User.Id, agreement.Parties.Single(p => p.OrganisationId == tube.Id).Signatories.Single().UserId);
        Assert.Equal([AgreementEventKind.Created], await app.WithDbAsync(db => db.AgreementEvents.Where(e => e.AgreementId == agreement.Id).Select(e => e.Kind).ToListAsync()));
        var list = await HtmlPage.GetAsync(signer.Client, "/agreements");
        Assert.Contains("Entente de partenariat", list.Html);
    }

    [Fact]
    public async Task An_agreement_needs_two_parties_whose_signatories_are_their_members()
    {
        var cereso = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.PublicOrganisationAsync($"Tube {Guid.NewGuid():N}", Side.France);
        var drafter = await app.PersonAsync(cereso.Id, MemberRole.OrganisationAdministrator);

        var page = await HtmlPage.GetAsync(drafter.Client, "/agreements/new");
        var alone = await HtmlPage.FromAsync(await page.SubmitAsync(drafter.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Entente solitaire",
            ["Input.Parties[0].OrganisationId"] = cereso.Id.ToString(), ["Input.Parties[0].Signatories"] = drafter.User.Email!,
            ["Input.Parties[1].OrganisationId"] = "",
        }));
        var stranger = await HtmlPage.FromAsync(await page.SubmitAsync(drafter.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Entente solitaire",
            ["Input.Parties[0].OrganisationId"] = cereso.Id.ToString(), ["Input.Parties[0].Signatories"] = drafter.User.Email!,
            ["Input.Parties[1].OrganisationId"] = tube.Id.ToString(), ["Input.Parties[1].Signatories"] = drafter.User.Email!,
        }));

        Assert.Equal("An agreement has at least two parties.", alone.FieldError("Input.Parties[1].OrganisationId"));
        Assert.Equal($"{drafter.User.Email} is neither a member of this organisation nor an administrator of an organisation that carries it.", stranger.FieldError("Input.Parties[1].Signatories"));
        Assert.Equal("Entente solitaire", ((AngleSharp.Html.Dom.IHtmlInputElement)stranger.Document.QuerySelector("[name='Input.Title']")!).Value);
        Assert.False(await app.WithDbAsync(db => db.Agreements.AnyAsync(a => a.Title == "Entente solitaire")));
    }

    [Fact]
    public async Task A_party_the_drafter_may_not_see_is_refused_as_an_unknown_organisation_is()
    {
        var cereso = await app.CreateOrganisationAsync(side: Side.Quebec);
        var hidden = await app.CreateOrganisationAsync(side: Side.France);
        var drafter = await app.PersonAsync(cereso.Id, MemberRole.OrganisationAdministrator);
        var signer = await app.SignerAsync(hidden.Id, "Président CBE", twoFactor: false);
        var page = await HtmlPage.GetAsync(drafter.Client, "/agreements/new");

        var refused = await DraftAsync("Entente cachée", hidden.Id);
        var unknown = await DraftAsync("Entente inconnue", Guid.NewGuid());

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Choose an organisation from the list.", refused.FieldError("Input.Parties[1].OrganisationId"));
        Assert.Equal(unknown.FieldError("Input.Parties[1].OrganisationId"), refused.FieldError("Input.Parties[1].OrganisationId"));
        Assert.False(await app.WithDbAsync(db => db.Agreements.AnyAsync(a => a.Title == "Entente cachée" || a.Title == "Entente inconnue")));

        async Task<HtmlPage> DraftAsync(string title, Guid party) =>
            await HtmlPage.FromAsync(await page.SubmitAsync(drafter.Client, "main form", new Dictionary<string, string>
            {
                ["Input.Title"] = title,
                ["Input.Parties[0].OrganisationId"] = cereso.Id.ToString(), ["Input.Parties[0].Signatories"] = drafter.User.Email!,
                ["Input.Parties[1].OrganisationId"] = party.ToString(), ["Input.Parties[1].Signatories"] = signer.User.Email!,
            }));
    }

    [Fact]
    public async Task The_administrator_of_a_carrier_starts_an_agreement_for_the_organisation_it_carries_and_is_named_its_signatory()
    {
        var ptce = await app.CreateOrganisationAsync(side: Side.France);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var cereso = await app.PublicOrganisationAsync($"Cereso {Guid.NewGuid():N}", Side.Quebec);
        await app.CarryAsync(ptce.Id, tube.Id);
        var coordinator = await app.PersonAsync(ptce.Id, MemberRole.OrganisationAdministrator, "Isabelle Darrigade");
        var director = await app.PersonAsync(cereso.Id, MemberRole.OrganisationAdministrator, "Geneviève Gagnon");

        var page = await HtmlPage.GetAsync(coordinator.Client, "/agreements/new");
        var response = await page.SubmitAsync(coordinator.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Entente portée par le PTCE",
            ["Input.Parties[0].OrganisationId"] = tube.Id.ToString(), ["Input.Parties[0].Signatories"] = coordinator.User.Email!,
            ["Input.Parties[1].OrganisationId"] = cereso.Id.ToString(), ["Input.Parties[1].Signatories"] = director.User.Email!,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var agreement = await app.WithDbAsync(db => db.Agreements.Include(a => a.Parties).ThenInclude(p => p.Signatories).SingleAsync(a => a.Title == "Entente portée par le PTCE"));
        Assert.Equal(coordinator.User.Id, agreement.Parties.Single(p => p.OrganisationId == tube.Id).Signatories.Single().UserId);
    }

    [Fact]
    public async Task Each_save_makes_a_new_version_holding_the_text_exactly_as_typed()
    {
        var world = await app.AgreementAsync();
        const string body = "  Les parties se réunissent **deux fois** par an.\r\n\r\n- à Joliette\r\n- à Tarnos  ";

        var edit = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/edit");
        var saved = await edit.SubmitAsync(world.CeresoAdmin.Client, "main form", new Dictionary<string, string> { ["Input.Articles[1].Body"] = body });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var current = await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == world.AgreementId).Select(a => a.CurrentVersion).SingleAsync());
        var first = await app.WithDbAsync(db => AgreementFile.VersionAsync(db, world.AgreementId, 1));
        var second = await app.WithDbAsync(db => AgreementFile.VersionAsync(db, world.AgreementId, 2));
        Assert.Equal(2, current);
        Assert.Equal(body, second!.Articles[1].Body);
        Assert.Equal("La présente entente est conclue pour trois ans.", first!.Articles[1].Body);
        Assert.Equal(first.Articles[1].Key, second.Articles[1].Key);
    }

    [Fact]
    public async Task Two_people_saving_from_the_same_version_the_second_is_refused_and_sees_their_text_back()
    {
        var world = await app.AgreementAsync();
        var first = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/edit");
        var second = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/edit");

        var firstSave = await first.SubmitAsync(world.CeresoAdmin.Client, "main form", new Dictionary<string, string> { ["Input.Articles[0].Body"] = "Texte de Geneviève." });
        var refused = await HtmlPage.FromAsync(await second.SubmitAsync(world.TubeAdmin.Client, "main form", new Dictionary<string, string> { ["Input.Articles[0].Body"] = "Texte d'Isabelle." }));

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Someone else saved version 2 while you were editing.", refused.Text("#edit-errors"));
        Assert.Equal("Texte d'Isabelle.", refused.Text("textarea[name='Input.Articles[0].Body']"));
        Assert.Equal(2, await app.WithDbAsync(db => db.AgreementVersions.CountAsync(v => v.AgreementId == world.AgreementId)));

        var savedAfterReading = await refused.SubmitAsync(world.TubeAdmin.Client, "main form");
        Assert.Equal(HttpStatusCode.Redirect, savedAfterReading.StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.Agreements.Where(a => a.Id == world.AgreementId).Select(a => a.CurrentVersion).SingleAsync()));
    }

    [Fact]
    public async Task Articles_are_added_moved_and_removed_only_after_confirmation()
    {
        var world = await app.AgreementAsync();
        var client = world.CeresoAdmin.Client;
        var edit = await HtmlPage.GetAsync(client, $"/agreements/{world.AgreementId}/edit");

        var added = await edit.PressAsync(client, "Add an article");
        var filled = await added.PressAsync(client, "Move article 3 up", new Dictionary<string, string> { ["Input.Articles[2].Heading"] = "Gouvernance", ["Input.Articles[2].Body"] = "Un comité mixte." });
        var asked = await filled.PressAsync(client, "Remove article 1…");
        var stillThere = asked.Texts("fieldset.article legend").Count;
        var removed = await asked.PressAsync(client, "Remove the article");
        var saved = await removed.SubmitAsync(client, "main form");

        Assert.Equal(["Objet", "Gouvernance", "Durée"], filled.Document.QuerySelectorAll("input[name$='.Heading']").Select(i => i.GetAttribute("value")));
        Assert.Contains("Remove article 1 “Objet” from the text?", asked.Html);
        Assert.Equal(3, stillThere);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var headings = await app.WithDbAsync(db => db.AgreementArticles
            .Where(a => db.AgreementVersions.Any(v => v.Id == a.VersionId && v.AgreementId == world.AgreementId && v.Number == 2))
            .OrderBy(a => a.Position).Select(a => a.Heading).ToListAsync());
        Assert.Equal(["Gouvernance", "Durée"], headings);
    }

    [Fact]
    public async Task The_redline_shows_deleted_and_inserted_words_encoded_and_readable_without_colour()
    {
        var world = await app.AgreementAsync();
        var edit = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/edit");
        await edit.SubmitAsync(world.CeresoAdmin.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Articles[1].Body"] = "La présente entente est conclue pour cinq ans <script>alert(1)</script>.",
        });

        var redline = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}/compare?from=1&to=2");

        Assert.Equal(HttpStatusCode.OK, redline.Status);
        Assert.Contains("trois", redline.Texts("#redline del"));
        Assert.Contains(redline.Texts("#redline ins"), text => text.StartsWith("cinq", StringComparison.Ordinal));
        Assert.Contains("&lt;script&gt;", redline.Html);
        Assert.Null(redline.Document.QuerySelector("#redline script"));
        Assert.Contains("struck through", redline.Text("#redline-legend"));
    }

    [Fact]
    public async Task Comments_are_anchored_to_an_article_and_rendered_through_the_sanitiser()
    {
        var world = await app.AgreementAsync();
        var details = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}");
        var articleKey = details.Document.QuerySelectorAll("input[name='Comment.ArticleKey']")[1].GetAttribute("value")!;

        var empty = await HtmlPage.FromAsync(await details.SubmitAsync(world.TubeAdmin.Client, $"#article-{articleKey} form.comment-form", new Dictionary<string, string> { ["Comment.Body"] = "" }));
        await details.SubmitAsync(world.TubeAdmin.Client, $"#article-{articleKey} form.comment-form",
            new Dictionary<string, string> { ["Comment.Body"] = "Pourquoi **trois** ans ? <img src=x onerror=alert(1)>" });
        var after = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");

        Assert.Equal("This field is required.", empty.FieldError("Comment.Body"));
        var comment = after.Document.QuerySelector($"#article-{articleKey} .comment")!;
        Assert.Contains("<strong>trois</strong>", comment.InnerHtml);
        Assert.Null(comment.QuerySelector("img"));
        Assert.Contains("&lt;img", comment.InnerHtml);
        Assert.Contains("Isabelle Darrigade", comment.TextContent);
    }

    [Fact]
    public async Task A_party_marks_an_article_agreed_and_the_mark_resets_when_that_article_changes()
    {
        var world = await app.AgreementAsync();
        var details = await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}");
        await details.SubmitAsync(world.TubeAdmin.Client, "form[action*='handler=agree']");
        await (await HtmlPage.GetAsync(world.TubeAdmin.Client, $"/agreements/{world.AgreementId}")).SubmitAsync(world.TubeAdmin.Client, "form[action*='handler=agree']");

        var agreed = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");
        Assert.Equal(2, agreed.Document.QuerySelectorAll(".marks li.agreed").Length);
        Assert.DoesNotContain(agreed.Document.QuerySelectorAll("form[action*='handler=agree']"), f => f.TextContent.Contains(world.Tube.Name));

        var edit = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}/edit");
        await edit.SubmitAsync(world.CeresoAdmin.Client, "main form", new Dictionary<string, string> { ["Input.Articles[1].Body"] = "Pour cinq ans." });
        var afterChange = await HtmlPage.GetAsync(world.CeresoAdmin.Client, $"/agreements/{world.AgreementId}");

        var marks = afterChange.Document.QuerySelectorAll("article.agreement-article").Select(a => a.QuerySelectorAll(".marks li.agreed").Length).ToList();
        Assert.Equal([1, 0], marks);
    }

    [Fact]
    public async Task People_outside_the_parties_do_not_see_the_agreement()
    {
        var world = await app.AgreementAsync();
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/agreements/{world.AgreementId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/agreements/{world.AgreementId}/compare?from=1&to=1")).StatusCode);
        Assert.DoesNotContain(world.AgreementId.ToString(), (await HtmlPage.GetAsync(outsider.Client, "/agreements")).Html);
    }

    [Fact]
    public async Task The_audit_trail_and_saved_versions_can_be_added_to_but_never_changed_or_deleted()
    {
        var world = await app.AgreementAsync();
        await app.WithDbAsync(async db =>
        {
            AgreementFile.Record(db, world.AgreementId, AgreementEventKind.Commented, 1, null, NodaTime.Instant.FromUtc(2026, 3, 10, 14, 0));
            await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => app.WithDbAsync(async db =>
        {
            var e = await db.AgreementEvents.FirstAsync(x => x.AgreementId == world.AgreementId);
            e.Detail = "rewritten";
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => app.WithDbAsync(async db =>
        {
            db.AgreementEvents.Remove(await db.AgreementEvents.FirstAsync(x => x.AgreementId == world.AgreementId));
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => app.WithDbAsync(async db =>
        {
            var article = await db.AgreementArticles.FirstAsync(a => db.AgreementVersions.Any(v => v.Id == a.VersionId && v.AgreementId == world.AgreementId));
            article.Body = "rewritten";
            await db.SaveChangesAsync();
        }));
    }
}
