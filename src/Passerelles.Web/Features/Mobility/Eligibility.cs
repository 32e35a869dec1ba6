namespace Passerelles.Web.Features.Mobility;

/// <summary>Whether an applicant may take part in a programme, and why not: their age counted at the placement's
/// start date against the programme's range, and the residence condition they declare.</summary>
public sealed record Eligibility(int AgeAtStart, IReadOnlyList<string> Problems)
{
    public bool IsEligible => Problems.Count == 0;

    public const string TooYoung = "You will be {0} on the start date; this programme starts at {1}.";
    public const string TooOld = "You will be {0} on the start date; this programme ends at {1}.";
    public const string ResidenceNotDeclared = "This programme requires: {0}";
    public const string BornInFuture = "The date of birth cannot be in the future.";

    /// <summary>Full years from <paramref name="birthDate"/> to <paramref name="on"/>: a person born on 29 February
    /// turns a year older on 1 March in common years.</summary>
    public static int AgeOn(LocalDate birthDate, LocalDate on) =>
        on.Year - birthDate.Year - ((on.Month, on.Day).CompareTo((birthDate.Month, birthDate.Day)) < 0 ? 1 : 0);

    /// <summary>The keys of the problems are messages with placeholders; <see cref="Explain"/> fills them in.</summary>
    public static Eligibility Of(MobilityProgramme programme, LocalDate birthDate, bool declaresResidence, LocalDate startsOn)
    {
        var age = AgeOn(birthDate, startsOn);
        var problems = new List<string>();
        if (age < programme.MinimumAge) problems.Add(TooYoung);
        if (age > programme.MaximumAge) problems.Add(TooOld);
        if (programme.ResidenceCondition.Length > 0 && !declaresResidence) problems.Add(ResidenceNotDeclared);
        return new Eligibility(age, problems);
    }

    /// <summary>Each problem in the reader's language.</summary>
    public IEnumerable<string> Explain(MobilityProgramme programme, IStringLocalizer t) => Problems.Select(p => p switch
    {
        TooYoung => t[p, AgeAtStart, programme.MinimumAge].Value,
        TooOld => t[p, AgeAtStart, programme.MaximumAge].Value,
        _ => t[p, programme.ResidenceCondition].Value,
    });
}
