namespace Passerelles.Web.Features.Organisations;

public static class Sides
{
    /// <summary>The zone of a side's people when they have not chosen one: Montréal's or Paris's.</summary>
    public static string TimeZoneId(this Side side) => side == Side.France ? TimeZones.France : TimeZones.Quebec;
}
