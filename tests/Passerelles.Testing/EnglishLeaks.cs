using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Passerelles.Testing;

/// <summary>Finds English on a French page: the words of the English interface strings (Text.resx) that no French
/// string uses, in what a person reads or hears (text, page title, labels, placeholders, button values, validation
/// messages written for the browser). Parts marked in another language (the language switcher's "English"), code and
/// the names of the test's own records are left out.</summary>
public static partial class EnglishLeaks
{
    /// <summary>English a French page may show: names of standards, products and formats that French uses as they are.</summary>
    public static readonly IReadOnlyList<string> Allowed =
        ["Open Referral", "schema.org", "Passerelles-demo-2023", "Passerelles", "Markdown", "SHA", "eIDAS", "CSV", "JSON", "iCalendar", "HSDS", "ESSGLOBAL", "OpenAPI", "UTF", "Windows"];

    /// <summary>Words of the English strings that are also French words, though no French string uses them yet.</summary>
    public static readonly IReadOnlySet<string> AlsoFrench = new HashSet<string>(StringComparer.Ordinal)
    {
        "an", "as", "but", "charge", "co", "content", "correct", "file", "final", "if", "ignore", "instance", "introduction", "label", "main",
        "once", "or", "pin", "plan", "profit", "relative", "scan", "social", "sort", "stages", "support", "table", "us", "zones", "contribution", "contributions", "impact",
    };

    private static readonly HtmlParser Parser = new();

    private static readonly string[] ReadAttributes = ["title", "placeholder", "aria-label", "alt", "aria-roledescription"];

    private static readonly Lazy<IReadOnlySet<string>> Words = new(EnglishOnlyWordsOfTheResources);

    /// <summary>The words of Text.resx that no French resource uses and that are not French words, in lower case.</summary>
    public static IReadOnlySet<string> EnglishOnlyWords => Words.Value;

    /// <summary>Each English word found in the page, with the text it was found in; <paramref name="names"/> are the
    /// names of the records on the page (organisations, people, projects…), which are proper nouns.</summary>
    public static IReadOnlyList<string> Find(string html, IEnumerable<string>? names = null) =>
        Scan(ReadTexts(Parser.ParseDocument(html)), names);

    /// <summary>Each English word found in the lines of a document's text (a PDF's, as extracted), with the line it was
    /// found in; <paramref name="names"/> as for <see cref="Find"/>.</summary>
    public static IReadOnlyList<string> FindInText(string text, IEnumerable<string>? names = null) =>
        Scan(text.Split('\n').Where(line => line.Trim().Length > 0).Select(line => (line, "the line")), names);

    private static List<string> Scan(IEnumerable<(string Text, string Where)> texts, IEnumerable<string>? names)
    {
        var known = (names ?? []).Concat(Allowed).Where(n => n.Length > 0).OrderByDescending(n => n.Length).ToList();
        var leaks = new List<string>();
        foreach (var (text, where) in texts)
        {
            var cleaned = known.Aggregate(text, (current, name) => current.Replace(name, " ", StringComparison.Ordinal));
            cleaned = NotWords().Replace(cleaned, " ");
            var english = WordPattern().Matches(cleaned).Select(m => m.Value)
                .Where(w => EnglishOnlyWords.Contains(w.ToLowerInvariant()))
                .Distinct()
                .ToList();
            if (english.Count > 0)
                leaks.Add($"{string.Join(", ", english)} in {where} \"{Shorten(text)}\"");
        }
        return leaks;
    }

    private static IEnumerable<(string Text, string Where)> ReadTexts(IDocument document)
    {
        foreach (var element in document.All)
        {
            if (IsLeftOut(element)) continue;
            foreach (var node in element.ChildNodes.OfType<IText>())
                if (node.Data.Trim() is { Length: > 0 } text) yield return (text, $"<{element.LocalName}>");
            foreach (var attribute in element.Attributes)
            {
                var read = ReadAttributes.Contains(attribute.Name) ||
                           attribute.Name.StartsWith("data-val-", StringComparison.Ordinal) ||
                           (attribute.Name == "value" && element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button" or "reset");
                if (read && attribute.Value.Trim() is { Length: > 0 } value) yield return (value, $"{attribute.Name} of <{element.LocalName}>");
            }
        }
    }

    /// <summary>Code, scripts, what a person typed (text areas) and parts in another language.</summary>
    private static bool IsLeftOut(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style" or "code" or "pre" or "textarea" or "noscript" or "template") return true;
            if (e.GetAttribute("lang") is { } lang) return !lang.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static string Shorten(string text)
    {
        var flat = Whitespace().Replace(text.Trim(), " ");
        return flat.Length <= 120 ? flat : flat[..117] + "…";
    }

    private static IReadOnlySet<string> EnglishOnlyWordsOfTheResources()
    {
        IEnumerable<string> WordsOf(string suffix) =>
            XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", $"Text{suffix}.resx")).Root!.Elements("data")
                .Select(d => (string?)d.Element("value") ?? "")
                .SelectMany(v => WordPattern().Matches(NotWords().Replace(v, " ")).Select(m => m.Value.ToLowerInvariant()));
        var french = WordsOf(".fr").Concat(WordsOf(".fr-CA")).Concat(WordsOf(".fr-FR")).ToHashSet();
        return WordsOf("").Where(w => !french.Contains(w) && !AlsoFrench.Contains(w)).ToHashSet();
    }

    /// <summary>A run of letters that touches no digit ("be" in a request id "…51be31…" is no word).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")]
    private static partial Regex WordPattern();

    /// <summary>What is not prose: e-mail and web addresses, domain names, paths and file names, time zone names (America/Toronto),
    /// placeholders, and terms mentioned in quotes (« side »).</summary>
    [GeneratedRegex(@"[\w.+-]+@[\w.-]+|https?://\S+|(?<!\w)/[\w/.-]+|[\w-]+(?:\.[a-z][\w-]*)+|\b[A-Z][A-Za-z]+/[A-Za-z_/+-]+|\{\d+[^}]*\}|«[^»]*»")]
    private static partial Regex NotWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
