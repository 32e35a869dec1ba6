using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Agreements;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

/// <summary>Requests for housing through HTTP: asked by a placement's coordinators, answered by the housing
/// association (an offer within capacity, a refusal, other dates), accepted, and the occupancy contract signed by both.</summary>
public sealed class HousingRequestTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly LocalDate March = new(2027, 3, 1);
    private static readonly LocalDate July = new(2027, 7, 1);

    private static Dictionary<string, string> Stay(string from, string until) => new() { ["Input.From"] = from, ["Input.Until"] = until };

    [Fact]
    public async Task A_coordinator_requests_a_unit_and_the_association_is_told_in_its_own_language()
    {
        var world = await app.HousingWorldAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == world.Association.User.Id)).PreferredCulture = "fr-FR";
            await db.SaveChangesAsync();
        });
        var page = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/placements/{world.Placement.Id}/housing");

        var response = await page.SubmitAsync(world.Coordinator.Client, "main form",
            new Dictionary<string, string>(Stay("2027-03-01", "2027-07-01")) { ["ResidenceId"] = world.Residence.Id.ToString(), ["UnitType"] = "Room" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await app.WithDbAsync(db => db.HousingRequests.SingleAsync(r => r.PlacementId == world.Placement.Id));
        Assert.Equal((HousingRequestStatus.Requested, March, July, UnitType.Room), (request.Status, request.From, request.Until, request.UnitType));
        var mail = app.Mail.LastTo(world.Association.User.Email!);
        Assert.Equal("Une demande de logement à Résidence de Tarnos", mail.Subject);
        Assert.Contains("Geneviève Gagnon demande un logement (Chambre) à Résidence de Tarnos du 01/03/2027 au 01/07/2027.", mail.TextBody);
    }

    [Theory]
    [InlineData("2027-02-15", "2027-06-01", "Input.From", "The stay must fall within the placement, from 3/1/2027 to 8/31/2027.")]
    [InlineData("2027-04-01", "2027-09-30", "Input.Until", "The stay must fall within the placement, from 3/1/2027 to 8/31/2027.")]
    [InlineData("2027-05-01", "2027-04-01", "Input.Until", "The stay must end after it starts.")]
    public async Task Dates_outside_the_placement_or_ending_before_the_start_are_refused_next_to_the_field(string from, string until, string field, string message)
    {
        var world = await app.HousingWorldAsync();
        var page = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/placements/{world.Placement.Id}/housing");

        var answer = await HtmlPage.FromAsync(await page.SubmitAsync(world.Coordinator.Client, "main form",
            new Dictionary<string, string>(Stay(from, until)) { ["ResidenceId"] = world.Residence.Id.ToString(), ["UnitType"] = "Room" }));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(message, answer.FieldError(field));
        Assert.False(await app.WithDbAsync(db => db.HousingRequests.AnyAsync(r => r.PlacementId == world.Placement.Id)));
    }

    [Fact]
    public async Task An_offer_beyond_the_capacity_of_a_month_of_the_stay_is_refused_next_to_the_field_and_nothing_changes()
    {
        var world = await app.HousingWorldAsync(rooms: 1);
        var other = await app.PlacementAsync(world.Placement.SendingOrganisationId, world.Placement.HostOrganisationId, world.Outsider.User.Id,
            world.Placement.SupervisorId, new LocalDate(2027, 6, 1), new LocalDate(2027, 8, 31));
        await app.RequestAsync(world, new LocalDate(2027, 6, 15), new LocalDate(2027, 8, 31), HousingRequestStatus.Offered, other);
        var request = await app.RequestAsync(world, March, July);
        var page = await HtmlPage.GetAsync(world.Association.Client, $"/mobility/housing/{request.Id}");

        var answer = await HtmlPage.FromAsync(await page.SubmitAsync(world.Association.Client, "#offer-form"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("No unit of this type is left in June 2027: every one is offered or occupied.", answer.FieldError("Offer.UnitType"));
        Assert.Equal(HousingRequestStatus.Requested, (await app.WithDbAsync(db => db.HousingRequests.SingleAsync(r => r.Id == request.Id))).Status);
        Assert.DoesNotContain(app.Mail.Sent, m => m.To == world.Coordinator.User.Email);
    }

    [Fact]
    public async Task An_offer_accepted_and_signed_by_both_parties_makes_the_unit_occupied()
    {
        var world = await app.HousingWorldAsync();
        var studentSigner = await app.SignerAsync(world.Placement.SendingOrganisationId, "Léa Tremblay");
        var associationSigner = await app.SignerAsync(world.Residence.OrganisationId, "Sophie Laborde");
        await app.WithDbAsync(async db =>
        {
            (await db.Placements.SingleAsync(p => p.Id == world.Placement.Id)).StudentId = studentSigner.User.Id;
            await db.SaveChangesAsync();
        });
        var request = await app.RequestAsync(world, March, July);

        var offered = await (await HtmlPage.GetAsync(world.Association.Client, $"/mobility/housing/{request.Id}")).SubmitAsync(world.Association.Client, "#offer-form");
        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        Assert.Equal("Résidence de Tarnos answered your request for housing", app.Mail.LastTo(world.Coordinator.User.Email!).Subject);
        var accepted = await (await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/housing/{request.Id}")).SubmitAsync(world.Coordinator.Client, "#accept-offer-form");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var contract = await app.WithDbAsync(db => db.OccupancyContracts.SingleAsync(c => c.HousingRequestId == request.Id));
        Assert.Equal((March, July, 420m, 420m, "EUR"), (contract.StartsOn, contract.EndsOn, contract.MonthlyFee, contract.Deposit, contract.Currency));

        foreach (var signer in new[] { studentSigner, associationSigner })
        {
            var page = await HtmlPage.GetAsync(signer.Client, $"/mobility/housing/{request.Id}/contract");
            Assert.True(page.Status == HttpStatusCode.OK, page.Html);
            Assert.Equal(contract.TextSha256, page.Text("#text-sha256"));
            var signed = await page.SubmitAsync(signer.Client, "main form", new Dictionary<string, string>
            {
                ["Input.Password"] = AppFactory.Password, ["Input.Code"] = signer.Code(), ["Input.TimeZoneId"] = "Europe/Paris",
            });
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        var signatures = await app.WithDbAsync(db => db.OccupancySignatures.Where(s => s.ContractId == contract.Id).ToListAsync());
        Assert.Equal([(ContractParty.Student, studentSigner.User.Id), (ContractParty.HousingAssociation, associationSigner.User.Id)],
            signatures.OrderBy(s => s.Party).Select(s => (s.Party, s.UserId)));
        Assert.All(signatures, s => Assert.Equal((contract.TextSha256, "password+totp", "Europe/Paris"), (s.TextSha256, s.AuthenticationMethod, s.TimeZoneId)));
        var shown = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/housing/{request.Id}");
        Assert.Equal("Signed by both parties: the unit is occupied.", shown.Text("#contract-state"));
        var calendar = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/residences/{world.Residence.Id}/calendar?year=2027");
        Assert.Equal(["June 2027", "2", "0", "0", "1", "1"], calendar.Document.QuerySelectorAll("#calendar tbody tr")[5].Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task A_signature_with_a_wrong_code_is_refused_next_to_the_field_and_records_nothing()
    {
        var world = await app.HousingWorldAsync();
        var associationSigner = await app.SignerAsync(world.Residence.OrganisationId, "Sophie Laborde");
        var request = await app.RequestAsync(world, March, July, HousingRequestStatus.Offered);
        await (await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/housing/{request.Id}")).SubmitAsync(world.Coordinator.Client, "#accept-offer-form");
        var page = await HtmlPage.GetAsync(associationSigner.Client, $"/mobility/housing/{request.Id}/contract");

        var answer = await HtmlPage.FromAsync(await page.SubmitAsync(associationSigner.Client, "main form", new Dictionary<string, string>
        {
            ["Input.Password"] = AppFactory.Password, ["Input.Code"] = Account.AuthenticatorApp.WrongCode(associationSigner.Key, app.Clock),
        }));

        Assert.Equal("This code is not valid. Check the time on your phone and try the next code.", answer.FieldError("Input.Code"));
        Assert.False(await app.WithDbAsync(db => db.OccupancySignatures.AnyAsync(s => s.UserId == associationSigner.User.Id)));
    }

    [Fact]
    public async Task Other_dates_proposed_and_accepted_become_the_request_s_dates_and_a_decline_needs_a_message()
    {
        var world = await app.HousingWorldAsync();
        var request = await app.RequestAsync(world, March, July);
        var page = await HtmlPage.GetAsync(world.Association.Client, $"/mobility/housing/{request.Id}");

        var silent = await HtmlPage.FromAsync(await page.SubmitAsync(world.Association.Client, "#decline-form"));
        Assert.Equal("Say why the request is declined.", silent.FieldError("Decline.Message"));
        var proposed = await page.SubmitAsync(world.Association.Client, "#propose-form", new Dictionary<string, string>
        {
            ["Propose.Stay.From"] = "2027-04-01", ["Propose.Stay.Until"] = "2027-08-01", ["Propose.Message"] = "Une chambre se libère en avril.",
        });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Contains("Résidence de Tarnos proposes other dates: from 4/1/2027 to 8/1/2027.", app.Mail.LastTo(world.Coordinator.User.Email!).TextBody);
        var accepted = await (await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/housing/{request.Id}")).SubmitAsync(world.Coordinator.Client, "#accept-dates-form");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var stored = await app.WithDbAsync(db => db.HousingRequests.SingleAsync(r => r.Id == request.Id));
        Assert.Equal((HousingRequestStatus.Requested, new LocalDate(2027, 4, 1), new LocalDate(2027, 8, 1), (LocalDate?)null),
            (stored.Status, stored.From, stored.Until, stored.ProposedFrom));
    }

    [Fact]
    public async Task Outsiders_get_404_and_those_who_see_the_request_without_answering_it_get_403_with_nothing_changed()
    {
        var world = await app.HousingWorldAsync();
        var request = await app.RequestAsync(world, March, July);

        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync($"/mobility/housing/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync($"/mobility/placements/{world.Placement.Id}/housing")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Student.Client.GetAsync($"/mobility/placements/{world.Placement.Id}/housing")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Student.Client.GetAsync($"/mobility/housing/{request.Id}")).StatusCode);
        // The coordinator's own form token, on the association's form.
        var token = (await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/placements/{world.Placement.Id}/housing"))
            .Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var offer = await world.Coordinator.Client.PostAsync($"/mobility/housing/{request.Id}?handler=Offer",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Offer.UnitType"] = "Room" }));
        Assert.Equal(HttpStatusCode.Forbidden, offer.StatusCode);
        Assert.Equal(HousingRequestStatus.Requested, (await app.WithDbAsync(db => db.HousingRequests.SingleAsync(r => r.Id == request.Id))).Status);
    }
}
