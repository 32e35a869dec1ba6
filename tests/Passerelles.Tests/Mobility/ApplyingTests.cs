using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

/// <summary>Finding an offer and applying to it: the eligibility explained before and on submitting, and bad input
/// refused next to its field with nothing stored.</summary>
public sealed class ApplyingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_mobility_page_lists_published_offers_with_places_left_and_filters_by_side()
    {
        var world = await app.MobilityWorldAsync(places: 2);
        await app.AddApplicationAsync(world, (await app.PersonAsync()).Id, ApplicationStatus.Accepted);

        var page = await HtmlPage.GetAsync(world.Student.Client, "/mobility?side=France&field=social");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(world.Offer.Title));
        Assert.Equal("1", row.QuerySelectorAll("td")[5].TextContent.Trim());
        var quebec = await HtmlPage.GetAsync(world.Student.Client, $"/mobility?side=Quebec&field={Uri.EscapeDataString(world.Offer.Title)}");
        Assert.Equal("No offer open to applications matches.", quebec.Text("p.empty"));
    }

    [Fact]
    public async Task An_offer_whose_places_are_all_taken_leaves_the_list()
    {
        var world = await app.MobilityWorldAsync(places: 1);
        await app.AddApplicationAsync(world, (await app.PersonAsync()).Id, ApplicationStatus.Accepted);

        var page = await HtmlPage.GetAsync(world.Student.Client, "/mobility?side=France");

        Assert.DoesNotContain(world.Offer.Title, page.Html);
    }

    [Fact]
    public async Task An_eligible_student_applies_with_a_cv_and_answers()
    {
        var world = await app.MobilityWorldAsync();

        var response = await world.Student.Client.ApplyAsync(world.Offer.Id, MobilityTesting.ApplicationFields(world));

        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        var application = await app.WithDbAsync(db => db.MobilityApplications.Include(a => a.Answers).SingleAsync(a => a.OfferId == world.Offer.Id));
        Assert.Equal((world.Student.Id, world.College.Id, ApplicationStatus.Submitted, "cv.pdf", "application/pdf"),
            (application.ApplicantId, application.SendingOrganisationId, application.Status, application.CvFileName, application.CvContentType));
        Assert.Equal("Its incubator.", Assert.Single(application.Answers).Text);
        var cv = await world.Student.Client.GetAsync($"/mobility/applications/{application.Id}/cv");
        Assert.Equal(HttpStatusCode.OK, cv.StatusCode);
        Assert.Equal(MobilityTesting.Pdf, await cv.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await world.HostCoach.Client.GetAsync($"/mobility/applications/{application.Id}/cv")).StatusCode);
        var outsider = await app.PersonAsync((await app.CreateOrganisationAsync()).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/mobility/applications/{application.Id}/cv")).StatusCode);
    }

    [Fact]
    public async Task Eligibility_is_explained_as_the_form_changes_with_the_messages_of_the_submission()
    {
        // 35 on the day before the start (1 September 2026), 36 on the start date itself.
        var world = await app.MobilityWorldAsync();
        var fields = MobilityTesting.ApplicationFields(world, birthDate: "1990-09-01");

        var check = await world.Student.Client.ApplyAsync(world.Offer.Id, fields, handler: "Check");
        var submitted = await world.Student.Client.ApplyAsync(world.Offer.Id, fields);

        Assert.Equal(HttpStatusCode.OK, check.Status);
        Assert.Equal(["You will be 36 on the start date; this programme ends at 35."], check.Texts("li"));
        Assert.Equal(HttpStatusCode.OK, submitted.Status);
        Assert.Equal("You will be 36 on the start date; this programme ends at 35.", submitted.FieldError("Input.BirthDate"));
        Assert.Equal(["You will be 36 on the start date; this programme ends at 35."], submitted.Texts("#eligibility li"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MobilityApplications.CountAsync(a => a.OfferId == world.Offer.Id)));
    }

    [Fact]
    public async Task The_day_before_turning_36_the_student_is_eligible_in_french()
    {
        var world = await app.MobilityWorldAsync(studentCulture: "fr-CA");

        var check = await world.Student.Client.ApplyAsync(world.Offer.Id, MobilityTesting.ApplicationFields(world, birthDate: "1990-09-02"), handler: "Check");

        Assert.Equal("Vous êtes admissible : vous aurez 35 ans à la date de début.", MissionsTesting.Plain(check.Text("p")));
    }

    [Fact]
    public async Task An_undeclared_residence_is_refused_next_to_the_declaration()
    {
        var world = await app.MobilityWorldAsync();
        var fields = MobilityTesting.ApplicationFields(world);
        fields.Remove("Input.DeclaresResidence");

        var page = await world.Student.Client.ApplyAsync(world.Offer.Id, fields);

        Assert.Equal($"This programme requires: {MobilityWorld.Residence}", page.FieldError("Input.DeclaresResidence"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MobilityApplications.CountAsync(a => a.OfferId == world.Offer.Id)));
    }

    [Fact]
    public async Task A_birth_date_in_the_future_is_refused_in_the_student_s_language()
    {
        var world = await app.MobilityWorldAsync(studentCulture: "fr-FR");

        var page = await world.Student.Client.ApplyAsync(world.Offer.Id, MobilityTesting.ApplicationFields(world, birthDate: "2030-01-01"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("La date de naissance ne peut pas être dans le futur.", page.FieldError("Input.BirthDate"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MobilityApplications.CountAsync(a => a.OfferId == world.Offer.Id)));
    }

    [Fact]
    public async Task A_stay_longer_than_the_programme_allows_is_refused_next_to_its_end()
    {
        var world = await app.MobilityWorldAsync(durationMonths: 6);
        var fields = MobilityTesting.ApplicationFields(world);
        fields["Input.StartsOn"] = "2026-09-01";
        fields["Input.EndsOn"] = "2027-03-15";

        var page = await world.Student.Client.ApplyAsync(world.Offer.Id, fields);

        Assert.Equal("The stay is longer than the programme allows.", page.FieldError("Input.EndsOn"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MobilityApplications.CountAsync(a => a.OfferId == world.Offer.Id)));
    }

    [Theory]
    [InlineData("cv.png")]
    [InlineData("cv.pdf")]
    public async Task A_cv_of_the_wrong_type_is_refused_and_nothing_is_stored(string fileName)
    {
        var world = await app.MobilityWorldAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];

        var page = await world.Student.Client.ApplyAsync(world.Offer.Id, MobilityTesting.ApplicationFields(world), fileName, png);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(CvFiles.Refused, page.FieldError("Input.Cv"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MobilityApplications.CountAsync(a => a.OfferId == world.Offer.Id)));
    }

    [Fact]
    public async Task A_cv_over_the_size_limit_is_refused()
    {
        var world = await app.MobilityWorldAsync();
        var large = new byte[Web.Features.Circles.ResourceFiles.MaxBytes + 1];
        MobilityTesting.Pdf.CopyTo(large, 0);

        var page = await world.Student.Client.ApplyAsync(world.Offer.Id, MobilityTesting.ApplicationFields(world), content: large);

        Assert.Equal("The file is larger than 10 MB.", page.FieldError("Input.Cv"));
        Assert.Equal(0, await app.WithDbAsync(db => db.MobilityApplications.CountAsync(a => a.OfferId == world.Offer.Id)));
    }

    [Fact]
    public async Task A_draft_offer_does_not_exist_for_students()
    {
        var world = await app.MobilityWorldAsync();
        await app.WithDbAsync(db => db.InternshipOffers.Where(o => o.Id == world.Offer.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, PublicationStatus.Draft)));

        Assert.Equal(HttpStatusCode.NotFound, (await world.Student.Client.GetAsync($"/mobility/offers/{world.Offer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Student.Client.GetAsync($"/mobility/offers/{world.Offer.Id}/apply")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.HostCoach.Client.GetAsync($"/mobility/offers/{world.Offer.Id}")).StatusCode);
    }
}
