using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Mobility;

/// <summary>Programmes, calls and offers written through their pages: by those the rules allow, refused next to the
/// field when a rule is broken or an id is forged, and refused whole to everyone else, nothing stored.</summary>
public sealed class PublishingTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>Posts as someone who may not open the page: with their own antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await Security.SweepRoutes.AntiforgeryTokenAsync(client);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> ProgrammeFields(string name) => new()
    {
        ["Input.Name"] = name, ["Input.MinimumAge"] = "18", ["Input.MaximumAge"] = "35", ["Input.MinimumMonths"] = "3", ["Input.MaximumMonths"] = "6",
        ["Input.ResidenceCondition"] = "Living in France", ["Input.Questions[0].Position"] = "1", ["Input.Questions[0].Text"] = "Why this host?",
    };

    [Fact]
    public async Task A_coordinator_creates_a_programme_and_reorders_its_questions()
    {
        var world = await app.MobilityWorldAsync();
        var name = "OFQJ " + Guid.NewGuid().ToString("N")[..6];
        var page = await HtmlPage.GetAsync(world.Coordinator.Client, "/mobility/programmes/edit");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.Coordinator.Client, "main form", new Dictionary<string, string>(ProgrammeFields(name)) { ["Input.MaximumAge"] = "16" }));
        Assert.Equal("The maximum age is below the minimum age.", refused.FieldError("Input.MaximumAge"));
        Assert.False(await app.WithDbAsync(db => db.MobilityProgrammes.AnyAsync(p => p.Name == name)));

        var fields = ProgrammeFields(name);
        (fields["Input.Questions[1].Position"], fields["Input.Questions[1].Text"]) = ("1", "What will you bring back?");
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Coordinator.Client, "main form", fields)).StatusCode);

        var programme = await app.WithDbAsync(db => db.MobilityProgrammes.Include(p => p.Questions).SingleAsync(p => p.Name == name));
        Assert.Equal((18, 35, 3, 6, "Living in France"), (programme.MinimumAge, programme.MaximumAge, programme.MinimumMonths, programme.MaximumMonths, programme.ResidenceCondition));
        Assert.Equal(["Why this host?", "What will you bring back?"], programme.Questions.OrderBy(q => q.Position).Select(q => q.Text));

        var edit = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/programmes/edit/{programme.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.Coordinator.Client, "main form",
            new Dictionary<string, string> { ["Input.Questions[0].Position"] = "3" })).StatusCode);
        var reordered = await app.WithDbAsync(db => db.ProgrammeQuestions.Where(q => q.ProgrammeId == programme.Id).OrderBy(q => q.Position).Select(q => q.Text).ToListAsync());
        Assert.Equal(["What will you bring back?", "Why this host?"], reordered);
    }

    [Fact]
    public async Task Removing_a_question_applications_answered_is_refused_and_an_unanswered_one_is_removed()
    {
        var world = await app.MobilityWorldAsync();
        var answered = world.Programme.Questions[0];
        var application = await app.AddApplicationAsync(world, world.Student.Id);
        var spare = new ProgrammeQuestion { ProgrammeId = world.Programme.Id, Position = 2, Text = "Spare question" };
        await app.WithDbAsync(async db =>
        {
            db.Set<ApplicationAnswer>().Add(new ApplicationAnswer { ApplicationId = application.Id, QuestionId = answered.Id, Text = "Its incubator." });
            db.ProgrammeQuestions.Add(spare);
            await db.SaveChangesAsync();
        });
        var edit = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/programmes/edit/{world.Programme.Id}");

        var refused = await HtmlPage.FromAsync(await edit.SubmitAsync(world.Coordinator.Client, "main form",
            new Dictionary<string, string> { ["Input.Questions[0].Remove"] = "true", ["Input.Questions[1].Remove"] = "true" }));

        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Equal("Applications have answered this question: it cannot be removed.", refused.FieldError("Input.Questions[0].Text"));
        Assert.Equal(2, await app.WithDbAsync(db => db.ProgrammeQuestions.CountAsync(q => q.ProgrammeId == world.Programme.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.Coordinator.Client, "main form",
            new Dictionary<string, string> { ["Input.Questions[1].Remove"] = "true" })).StatusCode);
        Assert.Equal([answered.Id], await app.WithDbAsync(db => db.ProgrammeQuestions.Where(q => q.ProgrammeId == world.Programme.Id).Select(q => q.Id).ToListAsync()));
    }

    [Fact]
    public async Task Someone_who_administers_no_organisation_gets_403_on_programmes_and_nothing_changes()
    {
        var world = await app.MobilityWorldAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await world.HostCoach.Client.GetAsync("/mobility/programmes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.HostCoach.Client.GetAsync($"/mobility/programmes/edit/{world.Programme.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(world.HostCoach.Client, $"/mobility/programmes/edit/{world.Programme.Id}", ProgrammeFields("Changed"))).StatusCode);
        Assert.Equal("Stages LOJIQ", await app.WithDbAsync(db => db.MobilityProgrammes.Where(p => p.Id == world.Programme.Id).Select(p => p.Name).SingleAsync()));
    }

    private static Dictionary<string, string> CallFields(MobilityWorld world, string title, string date = "2026-06-30") => new()
    {
        ["Input.Title"] = title, ["Input.ProgrammeId"] = world.Programme.Id.ToString(), ["Input.OrganisationId"] = world.Caller.Id.ToString(),
        ["Input.DeadlineDate"] = date, ["Input.DeadlineTime"] = "23:59", ["Input.Status"] = "Published", ["Input.Description"] = "Internships in France.",
    };

    [Fact]
    public async Task A_coordinator_opens_a_call_with_a_deadline_in_the_caller_s_zone_shown_in_both()
    {
        var world = await app.MobilityWorldAsync();
        var title = "Appel " + Guid.NewGuid().ToString("N")[..6];
        var page = await HtmlPage.GetAsync(world.Coordinator.Client, "/mobility/calls/edit");

        var past = await HtmlPage.FromAsync(await page.SubmitAsync(world.Coordinator.Client, "main form", CallFields(world, title, "2026-03-01")));
        Assert.Equal("The deadline has passed: choose a later one.", past.FieldError("Input.DeadlineDate"));
        var forged = await HtmlPage.FromAsync(await page.SubmitAsync(world.Coordinator.Client, "main form",
            new Dictionary<string, string>(CallFields(world, title)) { ["Input.OrganisationId"] = world.College.Id.ToString() }));
        Assert.Equal("Choose an organisation whose mobility you coordinate.", forged.FieldError("Input.OrganisationId"));
        Assert.False(await app.WithDbAsync(db => db.MobilityCalls.AnyAsync(c => c.Title == title)));

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.Coordinator.Client, "main form", CallFields(world, title))).StatusCode);

        var call = await app.WithDbAsync(db => db.MobilityCalls.SingleAsync(c => c.Title == title));
        Assert.Equal((MissionsTesting.At(new LocalDateTime(2026, 6, 30, 23, 59), TimeZones.Quebec), TimeZones.Quebec, PublicationStatus.Published, world.Caller.Id),
            (call.Deadline, call.DeadlineZoneId, call.Status, call.OrganisationId));
        var edit = await HtmlPage.GetAsync(world.Coordinator.Client, $"/mobility/calls/edit/{call.Id}");
        Assert.Equal(["2026-06-30T23:59:00-04:00", "2026-07-01T05:59:00+02:00"],
            edit.Document.QuerySelectorAll("#deadline time").Select(e => e.GetAttribute("datetime")!));
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.Coordinator.Client, "main form", new Dictionary<string, string> { ["Input.Status"] = "Closed" })).StatusCode);
        Assert.Equal(PublicationStatus.Closed, await app.WithDbAsync(db => db.MobilityCalls.Where(c => c.Id == call.Id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Those_who_do_not_run_a_call_get_403_and_it_is_left_as_it_was()
    {
        var world = await app.MobilityWorldAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await world.HostCoach.Client.GetAsync($"/mobility/calls/edit/{world.Call.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Student.Client.GetAsync("/mobility/calls/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(world.HostCoach.Client, $"/mobility/calls/edit/{world.Call.Id}", CallFields(world, "Changed"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.HostCoach.Client.GetAsync($"/mobility/calls/edit/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal("Appel LOJIQ 2026", await app.WithDbAsync(db => db.MobilityCalls.Where(c => c.Id == world.Call.Id).Select(c => c.Title).SingleAsync()));
    }

    private static Dictionary<string, string> OfferFields(MobilityWorld world, string title) => new()
    {
        ["Input.Title"] = title, ["Input.CallId"] = world.Call.Id.ToString(), ["Input.HostOrganisationId"] = world.Host.Id.ToString(),
        ["Input.SupervisorId"] = world.HostCoach.Id.ToString(), ["Input.Field"] = "Circular economy", ["Input.Language"] = "fr",
        ["Input.Places"] = "2", ["Input.DurationMonths"] = "4",
    };

    [Fact]
    public async Task A_host_drafts_an_offer_that_is_listed_only_once_published()
    {
        var world = await app.MobilityWorldAsync();
        var title = "Stage " + Guid.NewGuid().ToString("N");
        var page = await HtmlPage.GetAsync(world.HostCoach.Client, "/mobility/offers/edit");

        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(world.HostCoach.Client, "main form", OfferFields(world, title))).StatusCode);

        var offer = await app.WithDbAsync(db => db.InternshipOffers.SingleAsync(o => o.Title == title));
        Assert.Equal((PublicationStatus.Draft, 4, (LocalDate?)null, world.HostCoach.Id, world.Call.Id), (offer.Status, offer.DurationMonths, offer.StartsOn, offer.SupervisorId, offer.CallId));
        Assert.DoesNotContain(title, await world.Student.Client.GetStringAsync("/mobility?field=Circular"));
        Assert.DoesNotContain(offer.Id.ToString(), await world.Student.Client.GetStringAsync("/api/v1/mobility/offers"));
        Assert.Equal(HttpStatusCode.NotFound, (await world.Student.Client.GetAsync($"/mobility/offers/{offer.Id}")).StatusCode);

        var edit = await HtmlPage.GetAsync(world.HostCoach.Client, $"/mobility/offers/edit/{offer.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.HostCoach.Client, "main form:not(.stacked)")).StatusCode);

        Assert.Contains(title, await world.Student.Client.GetStringAsync("/mobility?field=Circular"));
        Assert.Contains(offer.Id.ToString(), await world.Student.Client.GetStringAsync("/api/v1/mobility/offers"));

        var published = await HtmlPage.GetAsync(world.HostCoach.Client, $"/mobility/offers/edit/{offer.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await published.SubmitAsync(world.HostCoach.Client, "main form:not(.stacked)")).StatusCode);
        Assert.DoesNotContain(offer.Id.ToString(), await world.Student.Client.GetStringAsync("/api/v1/mobility/offers"));
    }

    [Fact]
    public async Task A_forged_call_host_or_supervisor_and_a_stay_the_programme_does_not_allow_are_refused_next_to_their_field()
    {
        var world = await app.MobilityWorldAsync();
        var otherCaller = await app.CreateOrganisationAsync(side: Side.France);
        var draftCall = await app.WithDbAsync(async db =>
        {
            var call = new MobilityCall
            {
                Title = "Appel en préparation", ProgrammeId = world.Programme.Id, OrganisationId = otherCaller.Id, Status = PublicationStatus.Draft,
                Deadline = Instant.FromUtc(2026, 12, 1, 0, 0), DeadlineZoneId = TimeZones.France,
            };
            db.MobilityCalls.Add(call);
            await db.SaveChangesAsync();
            return call;
        });
        var title = "Stage " + Guid.NewGuid().ToString("N");
        var page = await HtmlPage.GetAsync(world.HostCoach.Client, "/mobility/offers/edit");

        var refused = await HtmlPage.FromAsync(await page.SubmitAsync(world.HostCoach.Client, "main form", new Dictionary<string, string>(OfferFields(world, title))
        {
            ["Input.CallId"] = draftCall.Id.ToString(), ["Input.HostOrganisationId"] = world.College.Id.ToString(),
        }));
        Assert.Equal("Choose a call from the list.", refused.FieldError("Input.CallId"));
        Assert.Equal("Choose an organisation whose offers you publish.", refused.FieldError("Input.HostOrganisationId"));

        var wrongPerson = await HtmlPage.FromAsync(await page.SubmitAsync(world.HostCoach.Client, "main form", new Dictionary<string, string>(OfferFields(world, title))
        {
            ["Input.SupervisorId"] = world.Student.Id.ToString(), ["Input.DurationMonths"] = "8",
        }));
        Assert.Equal("Choose a member of the host organisation.", wrongPerson.FieldError("Input.SupervisorId"));
        Assert.Equal("The programme allows stays of 3 to 6 months.", wrongPerson.FieldError("Input.DurationMonths"));

        var tooLong = await HtmlPage.FromAsync(await page.SubmitAsync(world.HostCoach.Client, "main form", new Dictionary<string, string>(OfferFields(world, title))
        {
            ["Input.DurationMonths"] = "", ["Input.StartsOn"] = "2026-09-01", ["Input.EndsOn"] = "2027-04-30",
        }));
        Assert.Equal("The stay is longer than the programme allows.", tooLong.FieldError("Input.EndsOn"));
        Assert.False(await app.WithDbAsync(db => db.InternshipOffers.AnyAsync(o => o.Title == title)));
    }

    [Fact]
    public async Task Places_cannot_go_below_those_already_given()
    {
        var world = await app.MobilityWorldAsync(places: 3);
        await app.AddApplicationAsync(world, world.Student.Id, ApplicationStatus.Accepted);
        await app.AddApplicationAsync(world, (await app.PersonAsync(world.College.Id, MemberRole.PartnerGuest)).Id, ApplicationStatus.Accepted);
        var edit = await HtmlPage.GetAsync(world.HostCoach.Client, $"/mobility/offers/edit/{world.Offer.Id}");

        var refused = await HtmlPage.FromAsync(await edit.SubmitAsync(world.HostCoach.Client, "main form.stacked", new Dictionary<string, string> { ["Input.Places"] = "1" }));
        Assert.Equal("2 places are already given: keep at least that many.", refused.FieldError("Input.Places"));
        Assert.Equal(3, await app.WithDbAsync(db => db.InternshipOffers.Where(o => o.Id == world.Offer.Id).Select(o => o.Places).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.HostCoach.Client, "main form.stacked", new Dictionary<string, string> { ["Input.Places"] = "2" })).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.InternshipOffers.Where(o => o.Id == world.Offer.Id).Select(o => o.Places).SingleAsync()));
    }

    [Fact]
    public async Task Those_who_do_not_host_an_offer_get_403_or_404_on_its_edit_page_and_nothing_changes()
    {
        var world = await app.MobilityWorldAsync();
        await app.WithDbAsync(db => db.InternshipOffers.Where(o => o.Id == world.Offer.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, PublicationStatus.Draft)));

        Assert.Equal(HttpStatusCode.NotFound, (await world.Student.Client.GetAsync($"/mobility/offers/edit/{world.Offer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.Client.GetAsync($"/mobility/offers/edit/{world.Offer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(world.Coordinator.Client, $"/mobility/offers/edit/{world.Offer.Id}", OfferFields(world, "Changed"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(world.Student.Client, $"/mobility/offers/edit/{world.Offer.Id}?handler=Publish", [])).StatusCode);
        var offer = await app.WithDbAsync(db => db.InternshipOffers.AsNoTracking().SingleAsync(o => o.Id == world.Offer.Id));
        Assert.Equal((2, PublicationStatus.Draft), (offer.Places, offer.Status));
    }

    [Fact]
    public async Task The_mobility_page_and_the_offer_show_their_actions_only_to_those_allowed()
    {
        var world = await app.MobilityWorldAsync();

        var coordinator = await HtmlPage.GetAsync(world.Coordinator.Client, "/mobility");
        var host = await HtmlPage.GetAsync(world.HostCoach.Client, "/mobility");
        var student = await HtmlPage.GetAsync(world.Student.Client, "/mobility");

        Assert.Equal(["New offer", "New call", "Calls", "Programmes"], coordinator.Texts(".page-heading nav a"));
        Assert.Equal(["New offer"], host.Texts(".page-heading nav a"));
        Assert.Empty(student.Texts(".page-heading nav a"));
        Assert.Equal(["Edit"], (await HtmlPage.GetAsync(world.HostCoach.Client, $"/mobility/offers/{world.Offer.Id}")).Texts(".page-heading a"));
        Assert.Empty((await HtmlPage.GetAsync(world.Student.Client, $"/mobility/offers/{world.Offer.Id}")).Texts(".page-heading a"));
    }

    [Fact]
    public async Task A_refusal_reads_in_french_with_france_s_spaces()
    {
        var world = await app.MobilityWorldAsync();
        var french = await app.PersonAsync(world.Caller.Id, MemberRole.OrganisationAdministrator, culture: "fr-FR");
        var page = await HtmlPage.GetAsync(french.Client, "/mobility/calls/edit");

        var past = await HtmlPage.FromAsync(await page.SubmitAsync(french.Client, "main form", CallFields(world, "Appel passé", "2026-03-01")));

        Assert.Equal("Nouvel appel", past.Text("h1"));
        Assert.Equal("La date limite est passée\u00a0: choisissez-en une plus tardive.", past.FieldError("Input.DeadlineDate"));
    }
}
