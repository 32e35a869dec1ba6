namespace Passerelles.Web.Features.Mobility;

/// <summary>How long each kind of personal document is kept once its purpose is over, in one place: the documents
/// pages show these periods, and the retention job (<see cref="DocumentRetention"/>) destroys each document on the day
/// after its last day kept.</summary>
public static class Retention
{
    /// <summary>A period counted from the placement's last day (the return), or for a CV from the decision to decline
    /// the application; <see cref="Description"/> is the key of its wording.</summary>
    public sealed record Rule(DocumentKind Kind, Period After, string Description);

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new(DocumentKind.IdentityDocument, Period.FromDays(30), "Kept until 30 days after the return."),
        new(DocumentKind.HealthInformation, Period.Zero, "Kept until the return."),
        new(DocumentKind.EmergencyContact, Period.FromDays(30), "Kept until 30 days after the return."),
        new(DocumentKind.Cv, Period.FromMonths(6), "When the application is declined, kept until 6 months after the decision."),
    ];

    public static Rule For(DocumentKind kind) => Rules.Single(r => r.Kind == kind);

    /// <summary>The day the document is destroyed: the day after its last day kept, counted from
    /// <paramref name="from"/> (the placement's last day, or the day of the decision for a CV).</summary>
    public static LocalDate DestroyedOn(DocumentKind kind, LocalDate from) => from.Plus(For(kind).After).PlusDays(1);

    /// <summary>The placement's documents of this kind may be entered until the day they are destroyed.</summary>
    public static bool IsCollected(DocumentKind kind, Placement placement, LocalDate today) =>
        placement.Status != PlacementStatus.Withdrawn && today < DestroyedOn(kind, placement.EndsOn);

    /// <summary>The name of a kind of document, as a key of the wording.</summary>
    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.IdentityDocument => "Identity document",
        DocumentKind.HealthInformation => "Health information",
        DocumentKind.EmergencyContact => "Emergency contact",
        _ => "CV",
    };
}
