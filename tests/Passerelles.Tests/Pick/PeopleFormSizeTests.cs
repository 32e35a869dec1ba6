using System.Net;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Circles;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Pick;

/// <summary>No form lists every person: with 2,000 people in the organisations of each side, every page with a picker
/// of people stays small, as the person who uses it sees it.</summary>
public sealed class PeopleFormSizeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int People = 2_000;
    private const int MaxBytes = 200 * 1024;

    [Fact]
    public async Task Every_form_with_a_person_picker_stays_under_200_KB_with_2000_people()
    {
        var agreement = await app.AgreementAsync();
        var circle = await app.CircleAsync();
        await FillAsync(agreement.Cereso.Id, agreement.Tube.Id);
        var commitment = await app.WithDbAsync(async db =>
        {
            var article = (await AgreementFile.VersionAsync(db, agreement.AgreementId, 1))!.Articles[0].Key;
            var commitment = new Commitment
            {
                AgreementId = agreement.AgreementId, ArticleKey = article, What = "Co-animer", PartyId = agreement.CeresoParty,
                PersonId = agreement.CeresoAdmin.User.Id, DueOn = new NodaTime.LocalDate(2026, 4, 15),
            };
            db.Commitments.Add(commitment);
            await db.SaveChangesAsync();
            return commitment;
        });
        (HttpClient Client, string Page)[] pages =
        [
            (circle.Quebec.Client, "/circles/new"), (circle.Quebec.Client, $"/circles/{circle.CircleId}/edit"),
            (circle.Quebec.Client, $"/circles/{circle.CircleId}/members"),
            (agreement.CeresoAdmin.Client, $"/agreements/{agreement.AgreementId}/commitments/new"),
            (agreement.CeresoAdmin.Client, $"/agreements/{agreement.AgreementId}/commitments/{commitment.Id}/edit"),
            (circle.Quebec.Client, $"/pick/people?side=Quebec&pick.Input.QuebecCoFacilitatorId=personne"),
        ];

        var sizes = new List<(string Page, HttpStatusCode Status, int Bytes)>();
        foreach (var (client, page) in pages)
        {
            var response = await client.GetAsync(page);
            sizes.Add((page, response.StatusCode, (await response.Content.ReadAsByteArrayAsync()).Length));
        }

        var report = string.Join("\n", sizes.Select(s => $"{s.Page}: {s.Status}, {s.Bytes} bytes"));
        Assert.True(sizes.All(s => s.Status == HttpStatusCode.OK && s.Bytes < MaxBytes), report);
    }

    /// <summary>2,000 people, half members of each party (one of each side), in one save.</summary>
    private Task FillAsync(Guid quebec, Guid france) => app.WithDbAsync(async db =>
    {
        var users = Enumerable.Range(0, People).Select(i => new AppUser
        {
            UserName = $"personne{i:D4}@fill.passerelles.org", Email = $"personne{i:D4}@fill.passerelles.org",
            DisplayName = $"Personne remplie {i:D4} avec un nom assez long",
        }).ToList();
        db.Users.AddRange(users);
        db.Memberships.AddRange(users.Select((u, i) => new Membership { UserId = u.Id, OrganisationId = i % 2 == 0 ? quebec : france, Role = MemberRole.Coach }));
        await db.SaveChangesAsync();
    });
}
