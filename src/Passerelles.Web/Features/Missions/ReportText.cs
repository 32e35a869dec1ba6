namespace Passerelles.Web.Features.Missions;

/// <summary>The words of a mission's report shared by its page, its PDF and its spreadsheet, in the reader's language.</summary>
public static class ReportText
{
    /// <summary>The rows of the delegation's composition with their label: the whole delegation, each side, each role.</summary>
    public static IEnumerable<(Composition.Row Row, string Label)> CompositionRows(Composition composition, IStringLocalizer t) =>
        new[] { (composition.Total, t["Whole delegation"].Value) }
            .Concat(composition.BySide.Select(r => (r, t["Side." + r.Key].Value)))
            .Concat(composition.ByRole.Select(r => (r, t["MissionRole." + r.Key].Value)));

    /// <summary>A count of the composition, or why it is withheld: "fewer than 5" for a small group, "not shown" when
    /// it would give away someone's answer.</summary>
    public static string Count(int? count, Composition.Row row, IStringLocalizer t) =>
        count?.ToString(CultureInfo.CurrentCulture) ?? (row.IsSmall ? t["fewer than {0}", Composition.SmallestGroupShown] : t["not shown"]);

    public static IReadOnlyList<string> AnswerLabels(IStringLocalizer t) =>
        Composition.Answers.Select(a => t[a is { } gender ? "SelfDeclaredGender." + gender : "Gender not declared"].Value).ToList();
}
