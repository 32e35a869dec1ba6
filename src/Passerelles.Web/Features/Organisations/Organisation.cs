using System.Text;

namespace Passerelles.Web.Features.Organisations;

public enum OrganisationKind
{
    Incubator,
    TransferCentre,
    College,
    TerritorialCluster,
    Association,
    Cooperative,
    Enterprise,
    YouthHousing,
    Network,
    Funder,
    PublicBody,
    LocalAuthority,
    ResearchBody,
}

/// <summary>Which side of the partnership an organisation stands on; it decides the privacy regime, the
/// currency and the default French.</summary>
public enum Side { Quebec, France }

public class Organisation : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 8000;

    private string _name = "";

    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            SearchName = SearchKey(value);
        }
    }

    /// <summary>The name folded for search and duplicate checks: lower case, without accents, so that "Céréso"
    /// finds "CERESO" in the database itself, on either provider.</summary>
    public string SearchName { get; private set; } = "";

    public OrganisationKind Kind { get; set; }
    public Side Side { get; set; }
    public string CountryCode { get; set; } = "";
    public string Region { get; set; } = "";
    public string LegalForm { get; set; } = "";
    public string DefaultCulture { get; set; } = "";
    public string TimeZoneId { get; set; } = "";
    public Guid? ParentId { get; set; }
    public Organisation? Parent { get; set; }

    /// <summary>The directory profile, in Markdown; rendered through the sanitiser, never as typed.</summary>
    public string Description { get; set; } = "";
    public string Website { get; set; } = "";
    public string StreetAddress { get; set; } = "";
    public string Locality { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>Private by default: only a public organisation is shown to visitors, the API's anonymous callers
    /// and the exports.</summary>
    public bool IsPublic { get; set; }

    /// <summary>The id this organisation has in the file it was imported from; re-importing updates it.</summary>
    public string? ExternalId { get; set; }

    public List<OrganisationTheme> Themes { get; set; } = [];

    public string Currency => Side == Side.Quebec ? "CAD" : "EUR";

    public static string SearchKey(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var folded = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            var quick = c < FoldedLatin.Length ? FoldedLatin[c] : c is >= PunctuationStart and < PunctuationEnd ? FoldedPunctuation[c - PunctuationStart] : null;
            if (quick is null) return Fold(trimmed.ToString());
            folded.Append(quick);
        }
        return folded.ToString();
    }

    private const char PunctuationStart = '\u2000', PunctuationEnd = '\u2070';

    // Latin letters with their accents (up to the combining accents themselves), and general punctuation, fold one
    // character at a time: no two of them compose. Most texts are folded by looking their characters up here, without
    // Unicode normalisation, which the directory's index would otherwise run on every description.
    private static readonly string[] FoldedLatin = Enumerable.Range(0, 0x370).Select(c => Fold(((char)c).ToString())).ToArray();
    private static readonly string[] FoldedPunctuation =
        Enumerable.Range(PunctuationStart, PunctuationEnd - PunctuationStart).Select(c => Fold(((char)c).ToString())).ToArray();

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case '’' or '‘' or 'ʼ': folded.Append('\''); break;
                case 'œ' or 'Œ': folded.Append("oe"); break;
                case 'æ' or 'Æ': folded.Append("ae"); break;
                default: folded.Append(char.ToLowerInvariant(c)); break;
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
