using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Bridges;
using Passerelles.Tests.People;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy;

namespace Passerelles.Tests.Privacy.Transfers;

/// <summary>Those who answer for an organisation's privacy search the access trail of its people by person, reader and
/// period, and export what they found; the export is itself written to the trail.</summary>
public sealed class AccessLogSearchTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_officer_searches_the_trail_of_their_people_by_person_reader_and_period_and_exports_it()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var organisation = await app.CreateOrganisationAsync($"Trace {tag}", Side.Quebec);
        var alpha = await app.CreatePersonAsync(organisation.Id, $"Alpha {tag}", listed: true);
        var beta = await app.CreatePersonAsync(organisation.Id, $"Beta {tag}", listed: true);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, $"Lecteur {tag}");
        var reader = await app.SignedInClientAsync(email);
        await reader.GetAsync($"/people/{alpha.Id}");
        app.Clock.Advance(TimeSpan.FromDays(3));
        var later = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        // Signed in again: three days on, the first sign-in may have lapsed.
        reader = await app.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/people/{beta.Id}")).StatusCode);
        var officer = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);
        var stranger = await app.SignedInMemberAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);

        var byPerson = await HtmlPage.GetAsync(officer, $"/privacy/access-log?person=alpha%20{tag}");
        Assert.Equal([$"Alpha {tag}"], byPerson.Texts("table.access-log tbody tr td:nth-child(4)"));
        var byReader = await HtmlPage.GetAsync(officer, $"/privacy/access-log?user=Lecteur%20{tag}");
        Assert.Equal(2, byReader.Document.QuerySelectorAll("table.access-log tbody tr").Length);
        var byPeriod = await HtmlPage.GetAsync(officer, $"/privacy/access-log?user=Lecteur%20{tag}&from={later:yyyy-MM-dd}&to={later:yyyy-MM-dd}");
        Assert.Equal([$"Beta {tag}"], byPeriod.Texts("table.access-log tbody tr td:nth-child(4)"));
        Assert.DoesNotContain(tag, (await HtmlPage.GetAsync(stranger, "/privacy/access-log")).Html);

        var csvLink = byPerson.Document.QuerySelector("#access-log-csv")!.GetAttribute("href")!;
        var csv = await officer.GetAsync(csvLink);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"Alpha {tag}", text);
        Assert.DoesNotContain($"Beta {tag}", text);
        Assert.True(await app.WithDbAsync(db => db.PersonalDataAccessLog.AnyAsync(a => a.Export == AccessLogModel.CsvExport && a.Kind == PersonalDataAccessKind.Export)));
    }

    [Fact]
    public async Task A_period_that_cannot_be_is_refused_next_to_the_field()
    {
        var officer = await app.SignedInMemberAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);
        var page = await HtmlPage.GetAsync(officer, "/privacy/access-log?from=9999-12-31");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Choose a date between 1900 and 2199.", page.FieldError("From"));
    }
}
