namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>When a request must be answered, by the controller's law, counted on the calendar of the controller's zone
/// from the day of receipt.
/// <para>France (GDPR art. 12(3)): one month, to the same day of the next month, or its last day when that month is
/// shorter (31 January → 28 or 29 February); extended by two further months when the requests are complex or numerous,
/// with the reason told to the person.</para>
/// <para>Québec: 30 days. The private-sector act (art. 32) allows no extension, but the public-sector access law
/// (art. 47), which binds a cégep and the bodies under it, allows 10 more days with the reason told to the person.
/// The app does not know which act binds an organisation, so it offers the 10 days on the Québec side and asks the
/// reason; an officer under the private-sector act does not use it.</para></summary>
public static class RequestDeadline
{
    public const int QuebecDays = 30;
    public const int QuebecExtensionDays = 10;
    public const int EuropeMonths = 1;
    public const int EuropeExtensionMonths = 2;

    public static string ZoneOf(Side side) => side == Side.Quebec ? TimeZones.Quebec : TimeZones.France;

    public static LocalDate ReceivedOn(Side side, Instant receivedAt) => receivedAt.InZone(TimeZones.Get(ZoneOf(side))).Date;

    public static LocalDate Due(Side side, LocalDate receivedOn, bool extended) => side == Side.Quebec
        ? receivedOn.PlusDays(QuebecDays + (extended ? QuebecExtensionDays : 0))
        // NodaTime's PlusMonths keeps the day, or takes the month's last day when it has no such day.
        : receivedOn.PlusMonths(EuropeMonths + (extended ? EuropeExtensionMonths : 0));

    /// <summary>Days left until the due date, counted in the controller's zone: 0 on the day itself, negative when
    /// overdue.</summary>
    public static int DaysLeft(Side side, LocalDate dueOn, Instant now) =>
        Period.Between(now.InZone(TimeZones.Get(ZoneOf(side))).Date, dueOn, PeriodUnits.Days).Days;
}
