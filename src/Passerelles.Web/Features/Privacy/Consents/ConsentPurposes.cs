namespace Passerelles.Web.Features.Privacy.Consents;

/// <summary>The purposes of processing that rest on the person's consent, each asked separately with the version of
/// the wording people agree to: raise the version when the wording changes, and standing consent to an older one is
/// shown as needing renewal. Only what the app does is here; the other purposes rest on the incubation contract or a
/// legal duty and are not asked.</summary>
public static class ConsentPurposes
{
    public sealed record Purpose(string Key, int Version, string Name, string Description);

    public static readonly IReadOnlyList<Purpose> All =
    [
        new(Consent.DirectoryListing, Consent.DirectoryListingVersion, "Directory listing",
            "Appearing in the ecosystem directory, with your name, organisations, roles and contact, seen by the members of both sides."),
    ];

    public const string MinorRefused = "Below {0} {1}, a parent or guardian gives this consent: fill in their name, their relationship to you and how to reach them, and let them confirm.";

    /// <summary>The same refusal, said to staff recording a consent the person's parent or guardian gave them.</summary>
    public const string MinorRefusedToStaff = "Below {0} {1}, a parent or guardian gives this consent: record their name, their relationship to the person and how to reach them, and confirm that they gave it.";

    /// <summary>The age below which a parent or guardian consents: 14 under Québec's Law 25, 15 for online services
    /// under France's law implementing the GDPR.</summary>
    public static int AgeOfConsent(Side side) => side == Side.Quebec ? 14 : 15;

    /// <summary>The key of where the age applies ("in Québec"), said in the message.</summary>
    public static string Place(Side side) => side == Side.Quebec ? "in Québec" : "in France";

    /// <summary>Whether someone born on <paramref name="birthDate"/> is below the age of consent of the controller's side
    /// today, in that side's zone.</summary>
    public static bool IsMinor(LocalDate? birthDate, Side side, Instant now)
    {
        if (birthDate is not { } born) return false;
        var today = now.InZone(TimeZones.Get(side == Side.Quebec ? TimeZones.Quebec : TimeZones.France)).Date;
        return Period.Between(born, today, PeriodUnits.Years).Years < AgeOfConsent(side);
    }
}
