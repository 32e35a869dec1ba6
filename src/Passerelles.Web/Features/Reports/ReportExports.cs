using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Reports;

/// <summary>A report's exports, made from its snapshot alone so that a frozen report exports the same every time: a PDF
/// to send (in the reader's language, or in the funder side's French and in English when the funder is on the other side
/// of the ocean), an XLSX workbook with a sheet per section and the rows behind each figure, and a CSV of every figure
/// and row. A figure withheld to protect a small group is written as words that t so, never as a zero.</summary>
public static partial class ReportExports
{
    /// <summary>What the report says about itself, label and value, in the order the PDF and the first sheet give it.</summary>
    private static IEnumerable<(string Label, object Value)> Facts(ReportSnapshot snapshot, ReportWording t, bool withTemplate)
    {
        yield return (t["Title"], t.Of(snapshot.Title));
        yield return (t["Funder"], snapshot.FunderName);
        yield return (t["Grant"], snapshot.GrantName);
        yield return (t["Period"], t.Join(c => t.Read(c, "From {0} to {1}", ReportWording.Date(snapshot.From, c), ReportWording.Date(snapshot.To, c))));
        yield return (t["Generated on"], t.Join(c => ReportWording.Date(GeneratedOn(snapshot), c)));
        if (!withTemplate) yield break;
        yield return (t["Report template"], snapshot.TemplateKey);
        yield return (t["Version"], snapshot.TemplateVersion);
    }

    /// <summary>The day the report was generated, on the funder's side of the ocean (in UTC when the funder has no side).</summary>
    private static LocalDate GeneratedOn(ReportSnapshot snapshot) => snapshot.FunderSide switch
    {
        Side.Quebec => snapshot.GeneratedAt.InZone(TimeZones.Get(TimeZones.Quebec)).Date,
        Side.France => snapshot.GeneratedAt.InZone(TimeZones.Get(TimeZones.France)).Date,
        _ => snapshot.GeneratedAt.InUtc().Date,
    };

    /// <summary>The written Markdown as plain paragraphs, separated by blank lines: headings become paragraphs of their
    /// own, list items start with a bullet (or their number), emphasis and code lose their marks, links keep their text
    /// and their address. Raw HTML is not interpreted, only shown as the text it is.</summary>
    internal static string PlainText(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var blocks = new List<string>();
        Flatten(Markdown.Parse(markdown, PlainPipeline), blocks, "");
        return string.Join("\n\n", blocks.Select(Printable).Where(b => b.Length > 0));
    }

    private static readonly MarkdownPipeline PlainPipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().UseEmphasisExtras().Build();

    private static void Flatten(ContainerBlock container, List<string> blocks, string indent)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var marker = list.IsOrdered ? $"{number++}. " : "• ";
                        var inner = new List<string>();
                        Flatten(item, inner, indent + "   ");
                        blocks.Add(indent + marker + string.Join("\n", inner).TrimStart());
                    }
                    break;
                case ContainerBlock nested:
                    Flatten(nested, blocks, indent);
                    break;
                case LeafBlock { Inline: { } inline }:
                    blocks.Add(indent + Inlines(inline).Trim());
                    break;
                case LeafBlock leaf:
                    blocks.Add(string.Join("\n", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => indent + l.ToString())));
                    break;
            }
        }
    }

    private static string Inlines(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content); break;
                case CodeInline code: text.Append(code.Content); break;
                case AutolinkInline link: text.Append(link.Url); break;
                case LineBreakInline lineBreak: text.Append(lineBreak.IsHard ? '\n' : ' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded); break;
                case HtmlInline html: text.Append(html.Tag); break;
                case LinkInline link:
                    var label = Inlines(link);
                    text.Append(label);
                    if (!link.IsImage && !string.IsNullOrEmpty(link.Url) && link.Url != label) text.Append(" (").Append(link.Url).Append(')');
                    break;
                case ContainerInline nested: text.Append(Inlines(nested)); break;
            }
        }
        return text.ToString();
    }

    /// <summary>Tabs as spaces, and no other control character, which a PDF or a spreadsheet cell would show as a box.</summary>
    private static string Printable(string text) =>
        new(text.Replace('\t', ' ').Where(c => c == '\n' || !char.IsControl(c)).ToArray());
}

/// <summary>The words of an export, read from the app's resources: in one language, or, in a bilingual PDF, in the
/// funder side's French then in English, joined by " / " ("Heures d'accompagnement individuel / Individual coaching
/// hours"). A text that reads the same in both is given once.</summary>
internal sealed class ReportWording
{
    private readonly IStringLocalizer text;
    private readonly Dictionary<string, string> read = new(StringComparer.Ordinal);

    private ReportWording(IStringLocalizerFactory factory, IReadOnlyList<CultureInfo> languages)
    {
        text = factory.Create(typeof(Text));
        Languages = languages;
    }

    public IReadOnlyList<CultureInfo> Languages { get; }

    /// <summary>The language numbers and the document are written in: the first.</summary>
    public CultureInfo Main => Languages[0];

    public static ReportWording In(CultureInfo reader, IStringLocalizerFactory factory) => new(factory, [Supported(reader)]);

    /// <summary>French of the funder's side, then English.</summary>
    public static ReportWording Bilingual(Side funder, IStringLocalizerFactory factory) =>
        new(factory, [Cultures.Get(funder == Side.Quebec ? Cultures.QuebecFrench : Cultures.FranceFrench), Cultures.Get(Cultures.English)]);

    private static CultureInfo Supported(CultureInfo culture) =>
        Cultures.IsSupported(culture.Name) ? Cultures.Get(Cultures.Normalise(culture.Name))
        : culture.TwoLetterISOLanguageName == "fr" ? Cultures.Get(Cultures.FranceFrench) : Cultures.Get(Cultures.English);

    public string this[string key]
    {
        get
        {
            if (!read.TryGetValue(key, out var value)) read[key] = value = Join(c => Read(c, key));
            return value;
        }
    }

    public string Join(Func<CultureInfo, string> words) => string.Join(" / ", Languages.Select(words).Distinct());

    public string Of(LocalisedText wording) => Join(wording.For);

    /// <summary>A resource in one language, formatted with <paramref name="arguments"/> as that language writes them.</summary>
    public string Read(CultureInfo culture, string key, params object[] arguments) => Lookup(culture, key, arguments)?.Value ?? key;

    /// <summary>An indicator's unit: a resource "Unit.hours" (the snapshot may keep "hours" or "Unit.hours"); a unit the
    /// resources do not know is shown as it is.</summary>
    public string Unit(string unit) => Known(unit.StartsWith("Unit.", StringComparison.Ordinal) ? unit : "Unit." + unit, unit);

    /// <summary>A row's label: a resource key when the snapshot says it is translated, else shown as it is.</summary>
    public string Label(ReportSnapshot.Row row) => row.Translated ? Known(row.Label, row.Label) : row.Label;

    private string Known(string key, string otherwise)
    {
        if (read.TryGetValue(key, out var value)) return value;
        value = Join(c => Lookup(c, key, []) is { ResourceNotFound: false } found ? found.Value : otherwise);
        read[key] = value;
        return value;
    }

    private LocalizedString? Lookup(CultureInfo culture, string key, object[] arguments)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return arguments.Length == 0 ? text[key] : text[key, arguments];
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>"1 avril 2024", "1 April 2024".</summary>
    public static string Date(LocalDate date, CultureInfo culture) => date.ToString("d MMMM yyyy", culture);

    /// <summary>A figure's value as the main language writes numbers: "1 234,5" or "1,234.5".</summary>
    public string Number(decimal value) => value.ToString("#,0.##", Main);

    /// <summary>Said instead of a value withheld to protect a small group.</summary>
    public string Withheld => this["Not shown: the group is too small"];
}
