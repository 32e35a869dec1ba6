using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Reports;

/// <summary>What a report says, as it was generated: the figures of its period, computed once and kept, and the texts
/// its writers filled in. A frozen report is shown and exported from this alone, so later changes to the data do not
/// move it. Headings and prompts come from the template in the three languages; indicator titles and units are the
/// app's resource keys, translated when shown. Stored as JSON with the report.</summary>
public sealed record ReportSnapshot(
    LocalisedText Title,
    string TemplateKey,
    int TemplateVersion,
    string FunderName,
    Side? FunderSide,
    IReadOnlyList<Side> BeneficiarySides,
    string GrantName,
    LocalDate From,
    LocalDate To,
    Instant GeneratedAt,
    IReadOnlyList<ReportSnapshot.Section> Sections)
{
    /// <summary>One section of the template: its heading, the indicators it reports and the texts to write.</summary>
    public sealed record Section(string Key, LocalisedText Heading, IReadOnlyList<Figure> Figures, IReadOnlyList<Text> Texts);

    /// <summary>An indicator's value for the period, its value on each side where it has one, and the rows it is made
    /// of (by stage, by legal form…). <see cref="Withheld"/> is set, and the values are zero, when a group is too small
    /// to show (parity, DOMAIN.md §9).</summary>
    public sealed record Figure(
        string Key, string Title, string Unit, decimal Value, decimal? Quebec, decimal? France,
        IReadOnlyList<Row> Rows, bool Withheld = false);

    /// <summary>A part of a figure: its label (a resource key when <see cref="Translated"/>, else shown as is) and its
    /// value.</summary>
    public sealed record Row(string Label, bool Translated, decimal Value);

    /// <summary>A free-text part: its key in the template, what to write there, and what was written (Markdown).</summary>
    public sealed record Text(string Key, LocalisedText Prompt, string Markdown);

    /// <summary>Whether the funder is on the other side of the ocean from a beneficiary: the PDF then carries every label
    /// in the funder's French and in English.</summary>
    public bool IsBilingual => FunderSide is { } funder && BeneficiarySides.Any(side => side != funder);
}
