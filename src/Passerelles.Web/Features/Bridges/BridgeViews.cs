namespace Passerelles.Web.Features.Bridges;

/// <summary>What the filters and view switcher above the list, map and graph show.</summary>
/// <param name="OffersList">Whether the list is offered: visitors see the map and the graph only.</param>
public sealed record BridgeViews(string Current, BridgeFilter Filter, Picker Organisation, bool OffersList)
{
    public const string List = "/bridges";
    public const string Map = "/bridges/map";
    public const string Graph = "/bridges/graph";

    /// <summary>The filters, the organisation among them found by typing its name.</summary>
    public static async Task<BridgeViews> LoadAsync(PageModel page, string current, BridgeFilter filter, OrganisationPicks picks, Actor viewer, IStringLocalizer t) =>
        new(current, filter, await picks.PickerAsync(page, "organisation", t["Organisation"], filter.Organisation, none: t["All organisations"]), viewer.IsSignedIn);
}
