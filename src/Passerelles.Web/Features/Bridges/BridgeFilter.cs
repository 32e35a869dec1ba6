using Microsoft.AspNetCore.WebUtilities;

namespace Passerelles.Web.Features.Bridges;

/// <summary>The filters the list, the map and the graph share, read from the query string (kind, side, on,
/// organisation) so that one address shows the same bridges in each view.</summary>
public sealed class BridgeFilter
{
    public BridgeKind? Kind { get; set; }

    /// <summary>Bridges with at least one end on this side.</summary>
    public Side? Side { get; set; }

    /// <summary>Bridges active on this date: started by then (or undated) and not yet ended.</summary>
    public DateOnly? On { get; set; }

    /// <summary>Bridges with this organisation at either end.</summary>
    public Guid? Organisation { get; set; }

    public IQueryable<Bridge> Apply(IQueryable<Bridge> bridges)
    {
        if (Kind is { } kind) bridges = bridges.Where(b => b.Kind == kind);
        if (Side is { } side) bridges = bridges.Where(b => b.FromOrganisation.Side == side || b.ToOrganisation.Side == side);
        if (On is { } on)
        {
            var date = LocalDate.FromDateOnly(on);
            bridges = bridges.Where(b => (b.StartDate == null || b.StartDate <= date) && (b.EndDate == null || b.EndDate >= date));
        }
        if (Organisation is { } id) bridges = bridges.Where(b => b.FromOrganisationId == id || b.ToOrganisationId == id);
        return bridges;
    }

    public Dictionary<string, string?> Query()
    {
        var query = new Dictionary<string, string?>();
        if (Kind is { } kind) query["kind"] = kind.ToString();
        if (Side is { } side) query["side"] = side.ToString();
        if (On is { } on) query["on"] = on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (Organisation is { } id) query["organisation"] = id.ToString();
        return query;
    }

    public string Link(string path, IDictionary<string, string?>? more = null)
    {
        var query = Query();
        if (more is not null) foreach (var (key, value) in more) query[key] = value;
        return QueryHelpers.AddQueryString(path, query);
    }
}
