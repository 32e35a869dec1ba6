using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Passerelles.Web.Features.Missions;

/// <summary>The programme's headings and labels in French and English side by side, so that one printed sheet serves both
/// delegations: the reader's language first, then the other. The French is the reader's own (fr-CA or fr-FR); an English
/// reader gets the French of the delegation's side. Both come from the same resources as every page, read in each
/// culture in turn.</summary>
public sealed class Bilingual
{
    private readonly IStringLocalizer<Text> text;

    /// <summary>The pairs read so far: a programme asks for the same few labels on every item.</summary>
    private readonly Dictionary<string, (string, string)> read = new(StringComparer.Ordinal);

    private Bilingual(IStringLocalizer<Text> text, CultureInfo french, CultureInfo english, bool frenchFirst)
    {
        this.text = text;
        French = french;
        English = english;
        First = frenchFirst ? french : english;
        Second = frenchFirst ? english : french;
    }

    public CultureInfo French { get; }
    public CultureInfo English { get; }
    public CultureInfo First { get; }
    public CultureInfo Second { get; }

    public static Bilingual For(CultureInfo reader, Side delegation, IStringLocalizer<Text> text)
    {
        var frenchReader = reader.Name is Cultures.QuebecFrench or Cultures.FranceFrench;
        var french = frenchReader ? reader.Name : delegation == Side.Quebec ? Cultures.QuebecFrench : Cultures.FranceFrench;
        return new Bilingual(text, Cultures.Get(french), Cultures.Get(Cultures.English), frenchReader);
    }

    /// <summary>French first, in the French of <paramref name="side"/> whoever reads, then English: for a document that
    /// speaks for that side, such as a certificate its organisation issues.</summary>
    public static Bilingual FrenchOf(Side side, IStringLocalizer<Text> text) =>
        new(text, Cultures.Get(side == Side.Quebec ? Cultures.QuebecFrench : Cultures.FranceFrench), Cultures.Get(Cultures.English), frenchFirst: true);

    /// <summary>The text of <paramref name="key"/> (formatted with <paramref name="arguments"/>) in the first and the second
    /// language.</summary>
    public (string First, string Second) Pair(string key, params object[] arguments)
    {
        if (arguments.Length > 0) return (In(First, key, arguments), In(Second, key, arguments));
        if (!read.TryGetValue(key, out var pair)) read[key] = pair = (In(First, key, arguments), In(Second, key, arguments));
        return pair;
    }

    /// <summary>"Jour · Day", for the PDF and the calendar.</summary>
    public string Line(string key, params object[] arguments)
    {
        var (first, second) = Pair(key, arguments);
        return first == second ? first : first + " · " + second;
    }

    /// <summary>The same, each part marked with its language.</summary>
    public IHtmlContent Html(string key, params object[] arguments)
    {
        var (first, second) = Pair(key, arguments);
        return Join(first, second);
    }

    /// <summary>"mardi 17 octobre 2023 · Tuesday, October 17, 2023".</summary>
    public string DateLine(LocalDate date) => Date(date, First) + " · " + Date(date, Second);

    public IHtmlContent DateHtml(LocalDate date) => Join(Date(date, First), Date(date, Second));

    private static string Date(LocalDate date, CultureInfo culture) => date.ToString("D", culture);

    private IHtmlContent Join(string first, string second)
    {
        var encoder = HtmlEncoder.Default;
        if (first == second) return new HtmlString(encoder.Encode(first));
        return new HtmlString($"<span lang=\"{First.Name}\">{encoder.Encode(first)}</span> <span class=\"bilingual-separator\" aria-hidden=\"true\">·</span> " +
                              $"<span lang=\"{Second.Name}\">{encoder.Encode(second)}</span>");
    }

    private string In(CultureInfo culture, string key, object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            var value = text[key].Value;
            return arguments.Length == 0 ? value : string.Format(culture, value, arguments);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
