namespace Passerelles.Web.Features.Bridges;

/// <summary>What the filters and view switcher above the list, map and graph show.</summary>
/// <param name="OffersList">Whether the list is offered: visitors see the map and the graph only.</param>
public sealed record BridgeViews(string Current, BridgeFilter Filter, IReadOnlyList<BridgeFields.Choice> Organisations, bool OffersList)
{
    public const string List = "/bridges";
    public const string Map = "/bridges/map";
    public const string Graph = "/bridges/graph";

    public static async Task<BridgeViews> LoadAsync(string current, BridgeFilter filter, AppDbContext db, Actor viewer) =>
        new(current, filter, await BridgeFields.OrganisationsAsync(db, viewer), viewer.IsSignedIn);
}
