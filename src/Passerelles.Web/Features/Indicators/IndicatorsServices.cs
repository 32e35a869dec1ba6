namespace Passerelles.Web.Features.Indicators;

public static class IndicatorsServices
{
    /// <summary>The indicators need no service of their own: the page and the API count through
    /// <see cref="IndicatorCatalog"/>. Their HTTP API is mapped here.</summary>
    public static void MapIndicators(this IEndpointRouteBuilder app) => app.MapIndicatorsApi();
}
