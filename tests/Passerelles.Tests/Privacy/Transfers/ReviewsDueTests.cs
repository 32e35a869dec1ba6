using NodaTime;
using Passerelles.Tests.Privacy.Requests;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Transfers;

namespace Passerelles.Tests.Privacy.Transfers;

/// <summary>The officer's home page lists the transfer assessments of their organisation whose review date has passed
/// or falls within 30 days, soonest first, five at most with a link to all of them.</summary>
public sealed class ReviewsDueTests(AppFactory app) : IClassFixture<AppFactory>
{
    private LocalDate Today => TransferAssessment.Today(Instant.FromDateTimeOffset(app.Clock.GetUtcNow()));

    [Fact]
    public async Task The_officer_sees_overdue_and_soon_due_reviews_of_their_organisation_and_not_the_later_ones_nor_others()
    {
        var controller = await app.ControllerAsync(Side.Quebec);
        var partner = await app.CreateOrganisationAsync("Tube " + Guid.NewGuid().ToString("N")[..6], Side.France);
        var other = await app.CreateOrganisationAsync("Autre " + Guid.NewGuid().ToString("N")[..6], Side.Quebec);
        var overdue = await app.AssessTransferAsync(controller.Organisation.Id, partner.Id, reviewOn: Today.PlusDays(-3));
        var soon = await app.AssessTransferAsync(controller.Organisation.Id, partner.Id, reviewOn: Today.PlusDays(30), approved: false);
        await app.AssessTransferAsync(controller.Organisation.Id, partner.Id, reviewOn: Today.PlusDays(31));
        await app.AssessTransferAsync(other.Id, partner.Id, reviewOn: Today.PlusDays(-1));

        var home = await HtmlPage.GetAsync(controller.Officer.Client, "/");

        Assert.Equal("Transfer assessments to review", home.Text("#transfer-reviews-heading"));
        Assert.Equal([$"/privacy/transfers/{overdue.Id}", $"/privacy/transfers/{soon.Id}"],
            home.Document.QuerySelectorAll("#transfer-reviews li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Review date passed 3 days ago", "Review due in 30 days"], home.Texts("#transfer-reviews .countdown"));
        Assert.Null(home.Document.QuerySelector("#transfer-reviews a[href='/privacy/transfers']"));
    }

    [Fact]
    public async Task Beyond_five_the_section_links_to_all_assessments_and_says_it_in_french()
    {
        var controller = await app.ControllerAsync(Side.France, "fr-FR");
        var partner = await app.CreateOrganisationAsync("Espace " + Guid.NewGuid().ToString("N")[..6], Side.Quebec);
        for (var i = 0; i <= Passerelles.Web.Features.Privacy.OfficerSection<ReviewsDue.Row>.Limit; i++) await app.AssessTransferAsync(partner.Id, controller.Organisation.Id, reviewOn: Today.PlusDays(i));

        var home = await HtmlPage.GetAsync(controller.Officer.Client, "/");

        Assert.Equal(Passerelles.Web.Features.Privacy.OfficerSection<ReviewsDue.Row>.Limit, home.Texts("#transfer-reviews li").Count);
        Assert.Equal(["Révision prévue aujourd'hui", "Révision prévue dans 1 jour"], home.Texts("#transfer-reviews .countdown").Take(2));
        Assert.Equal("Toutes les évaluations des transferts", home.Text("#transfer-reviews a[href='/privacy/transfers']"));
    }

    [Fact]
    public async Task Someone_who_answers_for_no_organisation_sees_no_section()
    {
        var controller = await app.ControllerAsync(Side.Quebec);
        var partner = await app.CreateOrganisationAsync("Tube " + Guid.NewGuid().ToString("N")[..6], Side.France);
        await app.AssessTransferAsync(controller.Organisation.Id, partner.Id, reviewOn: Today);
        var stranger = await app.ControllerAsync(Side.France);

        var home = await HtmlPage.GetAsync(stranger.Officer.Client, "/");

        Assert.Null(home.Document.QuerySelector("#transfer-reviews"));
    }
}
