using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Mobility;

/// <summary>The funder's indicators: placements counted by programme, direction, field, duration and gender, with small
/// groups suppressed and their complement hidden, and the nights of housing used; for the coordinators of the
/// organisations that call or send, and network administrators.</summary>
public sealed class IndicatorsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Path = "/mobility/indicators";

    /// <summary>A Québec college running the LOJIQ and "Jeunes leaders" calls and a French association running the OFQJ
    /// call, each with its coordinator, a host's administrator who neither calls nor sends, and fifteen placements:
    /// 7 LOJIQ (Québec → France, five months, social economy, 5 of them housed), 6 OFQJ (France → Québec, four months) and
    /// 2 "Jeunes leaders" (Québec → France, three months, agriculture); 8 women, 5 men and 2 who did not say.</summary>
    private sealed record World(Guid CollegeId, MissionsTesting.Person Quebec, MissionsTesting.Person France, MissionsTesting.Person HostAdmin, Guid Ofqj, string Key);

    private async Task<World> WorldAsync()
    {
        var key = Guid.NewGuid().ToString("N")[..6];
        var college = await app.CreateOrganisationAsync("Cégep " + key, Side.Quebec);
        var association = await app.CreateOrganisationAsync("Association " + key, Side.France);
        var host = await app.CreateOrganisationAsync("Hôte " + key, Side.France);
        var quebec = await app.PersonAsync(college.Id, MemberRole.OrganisationAdministrator);
        var france = await app.PersonAsync(association.Id, MemberRole.OrganisationAdministrator);
        var hostAdmin = await app.PersonAsync(host.Id, MemberRole.OrganisationAdministrator);
        var supervisor = await app.PersonAsync(host.Id);
        SelfDeclaredGender?[] genders = [.. Enumerable.Repeat<SelfDeclaredGender?>(SelfDeclaredGender.Woman, 8), .. Enumerable.Repeat<SelfDeclaredGender?>(SelfDeclaredGender.Man, 5), null, null];
        var students = new List<Guid>();
        for (var i = 0; i < 15; i++) students.Add((await app.PersonAsync()).Id);
        var september = new LocalDate(2025, 9, 1);
        var kinds = new (string Programme, Guid Caller, Guid Sending, string Field, LocalDate EndsOn, int Count)[]
        {
            ($"Stages LOJIQ {key}", college.Id, college.Id, "Économie sociale", new LocalDate(2026, 1, 31), 7),
            ($"Stages OFQJ {key}", association.Id, association.Id, "Économie sociale", new LocalDate(2025, 12, 31), 6),
            ($"Jeunes leaders {key}", college.Id, college.Id, "Agriculture", new LocalDate(2025, 11, 30), 2),
        };
        var ofqj = Guid.Empty;
        var next = 0;
        await app.WithDbAsync(async db =>
        {
            var residence = new Residence { Name = "Résidence " + key, OrganisationId = host.Id, City = "Tarnos", MonthlyFee = 420, Deposit = 420 };
            db.Residences.Add(residence);
            foreach (var kind in kinds)
            {
                var programme = new MobilityProgramme { Name = kind.Programme, MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 };
                var call = new MobilityCall
                {
                    Title = "Appel " + kind.Programme, Programme = programme, OrganisationId = kind.Caller, Deadline = Instant.FromUtc(2025, 6, 30, 12, 0),
                    DeadlineZoneId = "America/Toronto", Status = PublicationStatus.Published,
                };
                var offer = new InternshipOffer
                {
                    Title = "Stage " + kind.Programme, Call = call, HostOrganisationId = host.Id, Field = kind.Field, SupervisorId = supervisor.Id,
                    Places = 10, StartsOn = september, EndsOn = kind.EndsOn, Status = PublicationStatus.Published,
                };
                db.InternshipOffers.Add(offer);
                await db.SaveChangesAsync();
                if (kind.Caller == association.Id) ofqj = programme.Id;
                for (var i = 0; i < kind.Count; i++, next++)
                {
                    var application = new MobilityApplication
                    {
                        OfferId = offer.Id, ApplicantId = students[next], SendingOrganisationId = kind.Sending, BirthDate = new LocalDate(2003, 5, 4),
                        StartsOn = september, EndsOn = kind.EndsOn, Motivation = "Apprendre", Status = ApplicationStatus.Accepted,
                        SubmittedAt = Instant.FromUtc(2025, 5, 10, 12, 0), Gender = genders[next],
                    };
                    db.MobilityApplications.Add(application);
                    var placement = Placement.For(application, offer, call);
                    db.Placements.Add(placement);
                    await db.SaveChangesAsync();
                    if (next < 5) await Housing.HouseAsync(db, placement, residence, UnitType.Room, quebec.Id, Instant.FromUtc(2025, 6, 1, 12, 0));
                }
            }
        });
        return new World(college.Id, quebec, france, hostAdmin, ofqj, key);
    }

    private static Dictionary<string, string> Table(HtmlPage page, string id) =>
        page.Document.QuerySelectorAll($"#indicator-{id} tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());

    [Fact]
    public async Task Placements_are_counted_by_programme_direction_field_duration_and_gender_with_small_groups_suppressed()
    {
        var world = await WorldAsync();

        var page = await HtmlPage.GetAsync(world.Quebec.Client, Path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // The college sends 9 placements; OFQJ's six are the French association's.
        Assert.Equal("9", page.Text("#total"));
        Assert.Equal(new Dictionary<string, string> { [$"Stages LOJIQ {world.Key}"] = "hidden", [$"Jeunes leaders {world.Key}"] = "< 5" },
            Table(page, "programme"));
        Assert.Equal("9", page.Text("#indicator-programme tfoot td"));
        var all = await HtmlPage.GetAsync(await app.SignedInClientAsync(AppFactory.AdministratorEmail), Path + $"?programme={world.Ofqj}");
        Assert.Equal("6", all.Text("#total"));

        // Every count under 5 is "< 5"; a lone one hides the next smallest so that the total does not give it away.
        Assert.Equal(new Dictionary<string, string> { ["Québec → France"] = "hidden", ["France → Québec"] = "< 5" }, Table(page, "direction"));
        Assert.Equal(new Dictionary<string, string> { ["Économie sociale"] = "hidden", ["Agriculture"] = "< 5" }, Table(page, "field"));
        Assert.Equal(new Dictionary<string, string> { ["Under 4 months"] = "< 5", ["4 to 5 months"] = "< 5", ["5 months or more"] = "7" },
            Table(page, "duration"));
        Assert.Equal(new Dictionary<string, string>
            {
                ["Woman"] = "7", ["Man"] = "< 5", ["Non-binary"] = "< 5", ["Prefer not to say"] = "< 5", ["Gender not declared"] = "< 5",
            }, Table(page, "gender"));
        Assert.Contains("its next smallest count is hidden too", page.Text("#footnote"));
        // The five LOJIQ placements housed from 1 September 2025 to 31 January 2026: 152 nights each.
        Assert.Equal("760", page.Text("#nights"));
        Assert.Contains("Jeunes leaders", page.Text("#indicator-programme svg desc"));
    }

    [Fact]
    public async Task The_filters_keep_a_programme_and_a_year_and_a_small_total_is_not_shown()
    {
        var world = await WorldAsync();

        var france = await HtmlPage.GetAsync(world.France.Client, Path + $"?programme={world.Ofqj}&year=2025");
        Assert.Equal("6", france.Text("#total"));
        Assert.Equal(new Dictionary<string, string> { ["Québec → France"] = "< 5", ["France → Québec"] = "hidden" }, Table(france, "direction"));
        Assert.Equal("hidden", france.Text("#nights"));

        var later = await HtmlPage.GetAsync(world.France.Client, Path + "?year=2026");
        Assert.Equal("< 5", later.Text("#total"));
        Assert.Empty(later.Document.QuerySelectorAll("#indicator-programme tfoot"));
    }

    [Fact]
    public async Task Only_the_coordinators_who_call_or_send_and_network_administrators_see_the_indicators()
    {
        var world = await WorldAsync();

        Assert.Equal(HttpStatusCode.OK, (await world.Quebec.Client.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.France.Client.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInClientAsync(AppFactory.AdministratorEmail)).GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.HostAdmin.Client.GetAsync(Path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.PersonAsync()).Client.GetAsync(Path)).StatusCode);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal("/account/login", (await anonymous.GetAsync(Path)).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_indicators_are_in_the_readers_french()
    {
        var world = await WorldAsync();
        var reader = await app.PersonAsync(world.CollegeId, MemberRole.OrganisationAdministrator, "fr-FR");

        var page = await HtmlPage.GetAsync(reader.Client, Path);

        Assert.Equal("Indicateurs pour le financeur", page.Text("h1"));
        Assert.Equal("<\u00A05", (Table(page, "programme"))[$"Jeunes leaders {world.Key}"]);
        Assert.Equal("masqué", (Table(page, "field"))["Économie sociale"]);
    }

    [Fact]
    public async Task The_gender_declared_when_applying_starts_from_the_preferences_and_is_kept_after_a_withdrawal()
    {
        var world = await app.MobilityWorldAsync();
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == world.Student.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Gender, SelfDeclaredGender.NonBinary)));
        var form = await HtmlPage.GetAsync(world.Student.Client, $"/mobility/offers/{world.Offer.Id}/apply");
        Assert.Equal("NonBinary", form.Document.QuerySelector("input[name=Gender][checked]")!.GetAttribute("value"));

        var refused = await world.Student.Client.ApplyAsync(world.Offer.Id, new Dictionary<string, string>(MobilityTesting.ApplicationFields(world)) { ["Gender"] = "2" });
        Assert.Equal("This value is not valid.", refused.FieldError("Gender"));
        var sent = await world.Student.Client.ApplyAsync(world.Offer.Id, new Dictionary<string, string>(MobilityTesting.ApplicationFields(world)) { ["Gender"] = "Woman" });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var id = Guid.Parse(sent.Response.Headers.Location!.OriginalString.Split('/')[^1]);

        var confirmation = await HtmlPage.GetAsync(world.Student.Client, $"/mobility/applications/{id}/withdraw");
        Assert.Contains("Your gender, if you declared it when applying (counted in aggregate only)", confirmation.Texts("ul.kept li"));
        Assert.Equal(HttpStatusCode.Redirect, (await confirmation.SubmitAsync(world.Student.Client, "main form[method=post]")).StatusCode);
        var application = await app.WithDbAsync(db => db.MobilityApplications.FindAsync(id).AsTask());
        Assert.Equal((ApplicationStatus.Withdrawn, SelfDeclaredGender.Woman), (application!.Status, application.Gender));
    }
}
