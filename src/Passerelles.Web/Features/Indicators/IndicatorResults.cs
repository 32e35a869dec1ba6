namespace Passerelles.Web.Features.Indicators;

/// <summary>An indicator counted over a scope and a period, with its figure by quarter when its trend is drawn, and
/// the address of the records it counts.</summary>
public sealed record IndicatorResult(IndicatorDefinition Definition, IndicatorFigure Figure, IReadOnlyList<IndicatorResult.Quarter> Trend, string Link)
{
    public sealed record Quarter(ReportingPeriod Period, decimal Value);

    /// <summary>Counts every indicator of the catalog, one after the other (one database connection), and their trends
    /// by quarter when asked (each read over the period once, then counted quarter by quarter): a fixed number of
    /// statements whatever the number of rows counted.</summary>
    public static async Task<IReadOnlyList<IndicatorResult>> ComputeAsync(IndicatorQuery query, ReportingPeriod period, bool withTrends)
    {
        var results = new List<IndicatorResult>();
        foreach (var definition in IndicatorCatalog.All)
        {
            // The quarters first: the figure of the period is then drawn from the same read where it can be.
            IReadOnlyList<Quarter> trend = withTrends && definition.Quarters is { } quarters
                ? period.Quarters().Zip(await quarters(query, period), (q, value) => new Quarter(q, value)).ToList()
                : [];
            var figure = await definition.Compute(query, period);
            results.Add(new IndicatorResult(definition, figure, trend, definition.Link(query.Scope, period)));
        }
        return results;
    }
}
