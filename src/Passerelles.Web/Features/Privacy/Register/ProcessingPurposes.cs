namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>The purposes for which Passerelles itself processes personal data, as the keys of the register's entries
/// (<see cref="ProcessingActivity.Purpose"/>). A feature's records point to their entry through its key; the mapping of
/// features to purposes is this class: each constant names the feature folders whose records it covers.</summary>
public static class ProcessingPurposes
{
    /// <summary>People/ and Directory/: a person's entry in the ecosystem directory, on their consent (the same key as
    /// <see cref="Consent.DirectoryListing"/>).</summary>
    public const string DirectoryListing = Consent.DirectoryListing;

    /// <summary>Projects/ and Programmes/: applications, incubation files, team, milestones and documents.</summary>
    public const string Incubation = "incubation";

    /// <summary>Coaching/ (the sessions of Projects/CoachingSession): coaching notes, topics, participants and actions.</summary>
    public const string CoachingNotes = "coaching-notes";

    /// <summary>Circles/: communities of practice, their sessions, attendance, notes and discussions.</summary>
    public const string Circles = "circles";

    /// <summary>Agreements/: signatories, approvals, signatures and commitments of partnership agreements.</summary>
    public const string Agreements = "agreements";

    /// <summary>Missions/: delegations, itineraries, visit records, people met, costs and reports.</summary>
    public const string Missions = "missions";

    /// <summary>Mobility/: students' applications, placements, sensitive documents and housing.</summary>
    public const string Mobility = "mobility";

    public static readonly IReadOnlyList<string> All = [DirectoryListing, Incubation, CoachingNotes, Circles, Agreements, Missions, Mobility];
}
