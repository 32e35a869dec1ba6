using System.Net;
using System.Text.Json;
using Passerelles.Web.Features.Funding;

namespace Passerelles.Tests.Funding;

/// <summary>GET /api/v1/grants: the caller's grants with their deadlines and co-funding status.</summary>
public sealed class ApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_api_lists_the_callers_grants_with_the_co_funding_status()
    {
        var world = await app.FundingWorldAsync();
        await FundingTesting.RecordAsync(world.English.Client, world, EntryKind.Contribution,
            FundingTesting.Entry("Apport CERESO", world.LineId, "2026-02-15", "20000", "CAD", "1.5", world.Quebec));

        var json = JsonDocument.Parse(await world.FranceAdmin.Client.GetStringAsync("/api/v1/grants")).RootElement;
        var grant = json.EnumerateArray().Single(g => g.GetProperty("id").GetGuid() == world.GrantId);
        Assert.Equal(20000m, grant.GetProperty("amount").GetDecimal());
        Assert.Equal("EachSideAtLeastGrant", grant.GetProperty("coFundingRule").GetString());
        Assert.False(grant.GetProperty("coFundingMet").GetBoolean());
        var sides = grant.GetProperty("coFunding").EnumerateArray().ToDictionary(s => s.GetProperty("side").GetString()!);
        Assert.True(sides["Quebec"].GetProperty("met").GetBoolean());
        Assert.Equal(20000m, sides["France"].GetProperty("missing").GetDecimal());

        var coach = JsonDocument.Parse(await world.Coach.Client.GetStringAsync("/api/v1/grants")).RootElement;
        Assert.DoesNotContain(coach.EnumerateArray(), g => g.GetProperty("id").GetGuid() == world.GrantId);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/grants")).StatusCode);
    }
}
