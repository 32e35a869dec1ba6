using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Funding;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Funding;

/// <summary>A partnership to fund: an incubator on each side with its administrators (one reads fr-CA, one fr-FR, one
/// English), a coach who manages nothing, a public funder, and a grant to the partnership for 2026 under the FFQCD's
/// rule (20 000 $ CAD) with one budget line. The app's clock reads 10 March 2026.</summary>
public static class FundingTesting
{
    public sealed record Person(Guid Id, string Email, HttpClient Client);

    public sealed record World(Guid Quebec, Guid France, Guid Funder, Person QuebecAdmin, Person FranceAdmin, Person English, Person Coach, Guid GrantId, Guid LineId)
    {
        public string Grant => $"/funding/grants/{GrantId}";
    }

    public static async Task<World> FundingWorldAsync(this AppFactory app)
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var quebec = await app.CreateOrganisationAsync($"Incubateur Lanaudière {key}", Side.Quebec);
        var france = await app.CreateOrganisationAsync($"Incubateur Tarnos {key}", Side.France);
        var funder = await app.CreateOrganisationAsync($"Fonds franco-québécois {key}", Side.Quebec);
        var ids = new[] { quebec.Id, france.Id, funder.Id };
        await app.WithDbAsync(db => db.Organisations.Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));

        async Task<Person> PersonAsync(string name, string culture, string zone, Guid organisation, MemberRole role)
        {
            var email = $"{name}.{key}@test.passerelles.org";
            var user = await app.CreateUserAsync(email, name, culture, zone);
            await app.AddMemberAsync(organisation, user.Id, role);
            return new Person(user.Id, email, await app.SignedInClientAsync(email));
        }
        var quebecAdmin = await PersonAsync("Geneviève", "fr-CA", "America/Toronto", quebec.Id, MemberRole.OrganisationAdministrator);
        var franceAdmin = await PersonAsync("Isabelle", "fr-FR", "Europe/Paris", france.Id, MemberRole.OrganisationAdministrator);
        var english = await PersonAsync("Grace", "en", "America/Toronto", quebec.Id, MemberRole.OrganisationAdministrator);
        var coach = await PersonAsync("Mathieu", "en", "America/Toronto", quebec.Id, MemberRole.Coach);

        var line = new BudgetLine { Label = "Déplacements", PlannedMinor = 800_000 };
        var grant = new Grant
        {
            Title = $"FFQCD 2026 {key}", FunderId = funder.Id, Programme = new FundingProgramme { FunderId = funder.Id, Name = $"FFQCD {key}" },
            AmountMinor = 2_000_000, Currency = "CAD", StartsOn = new LocalDate(2026, 1, 1), EndsOn = new LocalDate(2026, 12, 31),
            BeneficiaryId = quebec.Id, PartnerBeneficiaryId = france.Id, CoFundingRule = CoFundingRule.EachSideAtLeastGrant, Lines = [line],
        };
        await app.WithDbAsync(async db =>
        {
            db.Grants.Add(grant);
            await db.SaveChangesAsync();
        });
        return new World(quebec.Id, france.Id, funder.Id, quebecAdmin, franceAdmin, english, coach, grant.Id, line.Id);
    }

    public static Dictionary<string, string> Entry(string label, Guid line, string on, string amount, string currency = "CAD", string rate = "1.5", Guid? contributor = null) => new()
    {
        ["Input.Label"] = label, ["Input.BudgetLineId"] = line.ToString(), ["Input.On"] = on, ["Input.Amount"] = amount,
        ["Input.Currency"] = currency, ["Input.CadPerEur"] = rate, ["Input.ContributorId"] = contributor?.ToString() ?? "",
    };

    public static async Task<HttpResponseMessage> RecordAsync(HttpClient client, World world, EntryKind kind, Dictionary<string, string> values) =>
        await (await HtmlPage.GetAsync(client, $"{world.Grant}/entries/new?kind={kind}")).SubmitAsync(client, "#entry-form", values);
}
