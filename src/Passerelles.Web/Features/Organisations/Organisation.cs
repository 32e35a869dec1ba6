using System.Globalization;
using System.Text;
using Passerelles.Web.Data;

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
}

/// <summary>Which side of the partnership an organisation stands on; it decides the privacy regime, the
/// currency and the default French.</summary>
public enum Side { Quebec, France }

public class Organisation : AuditedEntity
{
    public const int NameMaxLength = 200;

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

    public string Currency => Side == Side.Quebec ? "CAD" : "EUR";

    public static string SearchKey(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c switch
            {
                '’' or '‘' or 'ʼ' => "'",
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
