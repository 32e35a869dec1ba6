using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Bridges;

/// <summary>What the filters and view switcher above the list, map and graph show.</summary>
public sealed record BridgeViews(string Current, BridgeFilter Filter, IReadOnlyList<BridgeFields.Choice> Organisations)
{
    public const string List = "/bridges";
    public const string Map = "/bridges/map";
    public const string Graph = "/bridges/graph";

    public static async Task<BridgeViews> LoadAsync(string current, BridgeFilter filter, AppDbContext db, Actor viewer) =>
        new(current, filter, await BridgeFields.OrganisationsAsync(db, viewer));
}
