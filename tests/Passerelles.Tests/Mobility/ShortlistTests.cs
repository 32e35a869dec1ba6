using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Mobility;

/// <summary>A call's shortlist: every application to its offers in one table for its reviewers, with eligibility, score
/// and status, filtered, sorted and paged, the places left on each offer above it; nobody else learns it exists.</summary>
public sealed class ShortlistTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Address(MobilityWorld world, string query = "") => $"/mobility/calls/{world.Call.Id}/shortlist{query}";

    private async Task<InternshipOffer> SecondOfferAsync(MobilityWorld world, int places = 1) =>
        await app.WithDbAsync(async db =>
        {
            var offer = new InternshipOffer
            {
                Title = "Animation d'un tiers-lieu " + Guid.NewGuid().ToString("N")[..6], HostOrganisationId = world.Host.Id, CallId = world.Call.Id,
                Field = "Tiers-lieux", Language = "fr", SupervisorId = world.HostCoach.Id, Places = places, Status = PublicationStatus.Published,
                StartsOn = new LocalDate(2026, 9, 1), EndsOn = new LocalDate(2027, 2, 28),
            };
            db.InternshipOffers.Add(offer);
            await db.SaveChangesAsync();
            return offer;
        });

    private async Task<(Guid Id, string Name)> ApplyAsync(MobilityWorld world, Guid offerId, int? score, ApplicationStatus status, int day,
        LocalDate? birthDate = null, bool declaresResidence = true)
    {
        var name = "Applicant " + Guid.NewGuid().ToString("N")[..8];
        var applicant = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", displayName: name);
        var id = await app.WithDbAsync(async db =>
        {
            var application = new MobilityApplication
            {
                OfferId = offerId, ApplicantId = applicant.Id, SendingOrganisationId = world.College.Id, BirthDate = birthDate ?? new LocalDate(2005, 5, 5),
                DeclaresResidence = declaresResidence, StartsOn = new LocalDate(2026, 9, 1), EndsOn = new LocalDate(2027, 2, 28), Motivation = "Motivated.",
                CvFileName = "cv.pdf", CvContentType = "application/pdf", CvStoredName = "", Status = status, Score = score,
                SubmittedAt = Instant.FromUtc(2026, 3, day, 12, 0),
            };
            db.MobilityApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });
        return (id, name);
    }

    private static IEnumerable<string> Names(HtmlPage page) =>
        page.Document.QuerySelectorAll("#shortlist tbody tr td:first-child a").Select(a => a.TextContent.Trim());

    private static IEnumerable<string> Column(HtmlPage page, int index) =>
        page.Document.QuerySelectorAll("#shortlist tbody tr").Select(r => r.QuerySelectorAll("td")[index].TextContent.Trim());

    [Fact]
    public async Task The_shortlist_shows_every_application_of_the_call_best_score_first_with_places_left()
    {
        var world = await app.MobilityWorldAsync(places: 2);
        var second = await SecondOfferAsync(world);
        var good = await ApplyAsync(world, world.Offer.Id, 9, ApplicationStatus.Shortlisted, 2);
        var accepted = await ApplyAsync(world, second.Id, 7, ApplicationStatus.Accepted, 3);
        var old = await ApplyAsync(world, world.Offer.Id, null, ApplicationStatus.Submitted, 1, new LocalDate(1990, 1, 1), declaresResidence: false);
        var elsewhere = await app.MobilityWorldAsync();
        await ApplyAsync(elsewhere, elsewhere.Offer.Id, 10, ApplicationStatus.Submitted, 1);

        var page = await HtmlPage.GetAsync(world.Coordinator.Client, Address(world));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"Shortlist of {world.Call.Title}", page.Text("h1"));
        Assert.Equal(new[] { $"{second.Title} · 0 of 1 places left", $"{world.Offer.Title} · 2 of 2 places left" }.Order(), page.Texts("#places li").Order());
        Assert.Equal([good.Name, accepted.Name, old.Name], Names(page));
        Assert.Equal([world.Offer.Title, second.Title, world.Offer.Title], Column(page, 1));
        Assert.Equal(["9", "7", "—"], Column(page, 3));
        Assert.Equal(["Shortlisted", "Accepted", "Submitted"], Column(page, 4));
        Assert.Equal("Eligible", Column(page, 2).First());
        var problems = page.Document.QuerySelectorAll("#shortlist tbody tr")[2].QuerySelectorAll("td")[2];
        Assert.StartsWith("Not eligible", problems.TextContent.Trim());
        Assert.Equal(["Age 36 at the start, outside 18 to 35", "Residence condition not declared"], problems.QuerySelectorAll("li").Select(l => l.TextContent.Trim()));
        Assert.Equal([$"/mobility/applications/{good.Id}", $"/mobility/applications/{accepted.Id}", $"/mobility/applications/{old.Id}"],
            page.Document.QuerySelectorAll("#shortlist tbody tr td:first-child a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_shortlist_filters_by_status_and_offer_and_sorts_by_date()
    {
        var world = await app.MobilityWorldAsync();
        var second = await SecondOfferAsync(world);
        var waiting = await ApplyAsync(world, world.Offer.Id, 5, ApplicationStatus.WaitingList, 4);
        var declined = await ApplyAsync(world, second.Id, 8, ApplicationStatus.Declined, 2);
        var withdrawn = await ApplyAsync(world, world.Offer.Id, null, ApplicationStatus.Withdrawn, 3);

        var byStatus = await HtmlPage.GetAsync(world.HostCoach.Client, Address(world, "?status=WaitingList"));
        var byOffer = await HtmlPage.GetAsync(world.HostCoach.Client, Address(world, $"?offer={world.Offer.Id}&sort=Date"));
        var byDate = await HtmlPage.GetAsync(world.HostCoach.Client, Address(world, "?sort=Date"));
        var none = await HtmlPage.GetAsync(world.HostCoach.Client, Address(world, $"?status=Accepted&offer={second.Id}"));

        Assert.Equal([waiting.Name], Names(byStatus));
        Assert.Equal("WaitingList", byStatus.Document.QuerySelector("#status option[selected]")!.GetAttribute("value"));
        Assert.Equal([withdrawn.Name, waiting.Name], Names(byOffer));
        Assert.Equal([declined.Name, withdrawn.Name, waiting.Name], Names(byDate));
        Assert.Equal(["Declined", "Withdrawn", "On the waiting list"], Column(byDate, 4));
        Assert.Equal("No application matches.", none.Text("#no-applications"));
        Assert.Null(none.Document.QuerySelector("#shortlist"));
    }

    [Fact]
    public async Task The_shortlist_pages_by_25()
    {
        var world = await app.MobilityWorldAsync(places: 30);
        for (var day = 1; day <= 26; day++) await ApplyAsync(world, world.Offer.Id, null, ApplicationStatus.Submitted, day);

        var first = await HtmlPage.GetAsync(world.Coordinator.Client, Address(world, "?sort=Date"));
        var next = first.Document.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(world.Coordinator.Client, next);

        Assert.Equal(25, first.Document.QuerySelectorAll("#shortlist tbody tr").Length);
        Assert.Equal($"/mobility/calls/{world.Call.Id}/shortlist?sort=Date&p=2", next);
        Assert.Single(second.Document.QuerySelectorAll("#shortlist tbody tr"));
        Assert.Contains("Page 2 of 2", second.Text("nav.pager"));
        Assert.Contains("26 applications", second.Text("nav.pager"));
    }

    [Fact]
    public async Task A_call_without_applications_shows_an_empty_shortlist()
    {
        var world = await app.MobilityWorldAsync();

        var page = await HtmlPage.GetAsync(world.Coordinator.Client, Address(world));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("No application matches.", page.Text("#no-applications"));
    }

    [Fact]
    public async Task Only_the_calls_reviewers_see_its_shortlist()
    {
        var world = await app.MobilityWorldAsync();
        var sendingCoordinator = await app.PersonAsync(world.College.Id, MemberRole.OrganisationAdministrator);
        var callerCoach = await app.PersonAsync(world.Caller.Id, MemberRole.Coach);
        var otherHost = await app.CreateOrganisationAsync(side: Side.France);
        var withOtherHost = await app.MobilityWorldAsync();
        await app.WithDbAsync(db => db.InternshipOffers.Where(o => o.Id == withOtherHost.Offer.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.HostOrganisationId, otherHost.Id)));
        await SecondOfferAsync(withOtherHost);

        Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.Client.GetAsync(Address(world))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.HostCoach.Client.GetAsync(Address(world))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Student.Client.GetAsync(Address(world))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sendingCoordinator.Client.GetAsync(Address(world))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await callerCoach.Client.GetAsync(Address(world))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await withOtherHost.HostCoach.Client.GetAsync(Address(withOtherHost))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Coordinator.Client.GetAsync($"/mobility/calls/{Guid.NewGuid()}/shortlist")).StatusCode);
        var offerPage = await HtmlPage.GetAsync(world.HostCoach.Client, $"/mobility/offers/{world.Offer.Id}");
        Assert.Equal(Address(world), offerPage.Document.QuerySelector("#call-shortlist")!.GetAttribute("href"));
        Assert.Null((await HtmlPage.GetAsync(world.Student.Client, $"/mobility/offers/{world.Offer.Id}")).Document.QuerySelector("#call-shortlist"));
    }
}
