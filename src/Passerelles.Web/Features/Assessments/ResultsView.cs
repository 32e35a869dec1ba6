namespace Passerelles.Web.Features.Assessments;

/// <summary>What the results partial shows: the results, the address of the same results on another version, and
/// whether the reader may declare a mapping between versions.</summary>
public sealed record ResultsView(AssessmentResults Results, Func<Guid, string> ResultsOn, bool MayMap);
