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

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
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
}
