using NodaTime;
using Passerelles.Web.Features.Bridges;

namespace Passerelles.Tests.Bridges;

public sealed class BridgeStatusTests
{
    [Theory]
    [InlineData(BridgeStatus.Proposed, BridgeStatus.Introduced)]
    [InlineData(BridgeStatus.Introduced, BridgeStatus.Active)]
    [InlineData(BridgeStatus.Active, BridgeStatus.Ended)]
    [InlineData(BridgeStatus.Proposed, BridgeStatus.Ended)]
    public void An_introduction_moves_forward(BridgeStatus from, BridgeStatus to)
    {
        var bridge = new Bridge { Status = from };

        bridge.MoveTo(to);

        Assert.Equal(to, bridge.Status);
    }

    [Theory]
    [InlineData(BridgeStatus.Introduced, BridgeStatus.Proposed)]
    [InlineData(BridgeStatus.Active, BridgeStatus.Introduced)]
    [InlineData(BridgeStatus.Ended, BridgeStatus.Active)]
    [InlineData(BridgeStatus.Active, BridgeStatus.Active)]
    [InlineData(BridgeStatus.Proposed, (BridgeStatus)42)]
    public void An_introduction_never_moves_back_nor_stays_nor_leaves_the_known_statuses(BridgeStatus from, BridgeStatus to)
    {
        var bridge = new Bridge { Status = from };

        Assert.False(bridge.CanMoveTo(to));
        Assert.Throws<InvalidOperationException>(() => bridge.MoveTo(to));
        Assert.Equal(from, bridge.Status);
    }

    [Fact]
    public void Ending_a_bridge_before_it_started_ends_it_on_its_start_date()
    {
        var bridge = new Bridge { StartDate = new LocalDate(2023, 10, 16) };

        bridge.End(new LocalDate(2023, 1, 1));

        Assert.Equal(BridgeStatus.Ended, bridge.Status);
        Assert.Equal(new LocalDate(2023, 10, 16), bridge.EndDate);
    }

    [Fact]
    public void The_rules_refuse_a_bridge_to_itself_and_an_end_before_the_start()
    {
        var id = Guid.NewGuid();

        var problems = Bridge.Problems(id, id, new LocalDate(2023, 10, 21), new LocalDate(2023, 10, 16)).Select(p => p.Field);

        Assert.Equal([nameof(Bridge.ToOrganisationId), nameof(Bridge.EndDate)], problems);
    }
}
