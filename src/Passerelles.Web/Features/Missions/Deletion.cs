namespace Passerelles.Web.Features.Missions;

/// <summary>What a confirmation page of the missions and events shows before deleting something: what it is, what goes
/// with it, where "Cancel" leads, and why it may not be deleted, when it may not.</summary>
public sealed record Deletion(string Heading, IReadOnlyList<string> Details, string Cancel, string Button, string? Refused = null);
