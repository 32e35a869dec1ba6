using Passerelles.Web.Data;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.People;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Privacy;

public sealed class AccessLogTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<List<PersonalDataAccess>> LinesAboutAsync(Guid personId) =>
        app.WithDbAsync(db => db.PersonalDataAccessLog.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync());

    [Fact]
    public async Task Opening_someone_elses_record_is_written_to_the_trail_with_who_and_when()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Lue"));
        var person = await app.CreatePersonAsync(organisation.Id, "Élodie Lefèvre", listed: true);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var reader = await app.CreateUserAsync(email);
        var client = await app.SignedInClientAsync(email);

        var page = await HtmlPage.GetAsync(client, $"/people/{person.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var line = Assert.Single(await LinesAboutAsync(person.Id));
        Assert.Equal((reader.Id, PersonalDataAccessKind.Read, Instant.FromDateTimeOffset(app.Clock.GetUtcNow())), (line.UserId, line.Kind, line.At));
    }

    [Fact]
    public async Task A_person_reading_their_own_record_and_a_refused_read_leave_no_line()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Soi"));
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email);
        var self = await app.CreatePersonAsync(organisation.Id, "Céline Soi-même", listed: false, userId: user.Id);
        var unlisted = await app.CreatePersonAsync(organisation.Id, "Discrète", listed: false);
        var client = await app.SignedInClientAsync(email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/people/{self.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{unlisted.Id}")).StatusCode);

        Assert.Empty(await LinesAboutAsync(self.Id));
        Assert.Empty(await LinesAboutAsync(unlisted.Id));
    }

    [Fact]
    public async Task Network_administrators_see_the_trail_newest_first_and_nobody_else_does()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Tracée"));
        var tag = Guid.NewGuid().ToString("N")[..6];
        var first = await app.CreatePersonAsync(organisation.Id, $"Première {tag}", listed: true);
        var second = await app.CreatePersonAsync(organisation.Id, $"Seconde {tag}", listed: true);
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        await app.CreateUserAsync(email, $"Lectrice {tag}");
        var reader = await app.SignedInClientAsync(email);
        await reader.GetAsync($"/people/{first.Id}");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await reader.GetAsync($"/people/{second.Id}");
        var network = await app.AdministratorClientAsync();
        var organisationAdmin = await app.SignedInMemberAsync(organisation.Id, MemberRole.OrganisationAdministrator);

        var page = await HtmlPage.GetAsync(network, "/privacy/access-log");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("table.access-log tbody tr")
            .Where(r => r.TextContent.Contains(tag, StringComparison.Ordinal))
            .Select(r => (Who: r.Children[1].TextContent.Trim(), Person: r.Children[3].TextContent.Trim()))
            .ToList();
        Assert.Equal([$"Seconde {tag}", $"Première {tag}"], rows.Select(r => r.Person));
        Assert.All(rows, r => Assert.Contains($"Lectrice {tag}", r.Who));
        Assert.NotNull(page.Document.QuerySelector($"table.access-log a[href='/people/{second.Id}']"));
        // The organisation's administrator answers for its people's privacy: they see these lines, and a coach does not.
        Assert.Contains($"Seconde {tag}", (await HtmlPage.GetAsync(organisationAdmin, "/privacy/access-log")).Text("table.access-log"));
        var coach = await app.SignedInMemberAsync(organisation.Id, MemberRole.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("/privacy/access-log")).StatusCode);
    }

    [Fact]
    public async Task The_trail_is_paged()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Nombreuse"));
        var person = await app.CreatePersonAsync(organisation.Id, "Souvent lue", listed: true);
        var network = await app.AdministratorClientAsync();
        for (var i = 0; i < AccessLogModel.PageSize + 1; i++) await network.GetAsync($"/people/{person.Id}");

        var first = await HtmlPage.GetAsync(network, "/privacy/access-log");
        var next = first.Document.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(network, next);

        Assert.Equal(AccessLogModel.PageSize, first.Document.QuerySelectorAll("table.access-log tbody tr").Length);
        Assert.Equal("/privacy/access-log?p=2", next);
        Assert.NotEmpty(second.Document.QuerySelectorAll("table.access-log tbody tr"));
        Assert.Null(second.Document.QuerySelector(".pager a[rel=next]"));
    }

    [Fact]
    public async Task A_line_of_the_trail_can_be_neither_changed_nor_deleted()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Intacte"));
        var person = await app.CreatePersonAsync(organisation.Id, "Protégée", listed: true);
        var network = await app.AdministratorClientAsync();
        await network.GetAsync($"/people/{person.Id}");

        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => app.WithDbAsync(async db =>
        {
            db.PersonalDataAccessLog.Remove(await db.PersonalDataAccessLog.FirstAsync(a => a.PersonId == person.Id));
            await db.SaveChangesAsync();
        }));
        Assert.Single(await LinesAboutAsync(person.Id));
    }
}
