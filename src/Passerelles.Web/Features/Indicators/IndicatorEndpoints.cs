using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelles.Web.Features.Indicators;

/// <summary>The indicators HTTP API, version 1: each indicator of the catalog counted over the network or one
/// organisation and a period, by the same rules as the page. It needs a session (anonymous callers get 401).</summary>
public static class IndicatorEndpoints
{
    public sealed record PeriodItem(string Kind, string Name, DateOnly From, DateOnly To);

    public sealed record PartItem(string Key, string Label, decimal Value);

    public sealed record IndicatorItem(string Key, string Title, decimal Value, string Unit, IReadOnlyList<string> Themes,
        decimal Quebec, decimal France, IReadOnlyList<PartItem> Parts, string Url);

    public sealed record IndicatorsAnswer(Guid? Organisation, PeriodItem Period, IReadOnlyList<IndicatorItem> Indicators);

    public static void MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Indicators")
            .MapGet("/indicators", ListAsync)
            .WithName("ListIndicators")
            .WithSummary("Every indicator, counted over the network or one organisation for a period")
            .WithDescription("organisation: the organisation counted (its staff and network administrators; others get 404); none counts the whole network (network administrators only). The period is fiscal=qc-2023 (Québec fiscal year, 1 April 2023 – 31 March 2024), year=2023 (calendar year), grant={id} (the period of a grant the caller manages; any other is refused like one that does not exist), or from and to (yyyy-MM-dd, both ends included, at most three years), the first given winning in that order; none is the current Québec fiscal year, or calendar year for an organisation of the France side. Amounts are never added across currencies: funds raised come as one indicator per currency.");
    }

    private static async Task<Results<Ok<IndicatorsAnswer>, ValidationProblem, NotFound>> ListAsync(
        HttpContext context, AppDbContext db, CurrentActor actors, ViewerTime time, EmailTemplates urls,
        Guid? organisation, string? fiscal, string? year, string? grant, string? from, string? to, CancellationToken cancellationToken)
    {
        var actor = await actors.ForAsync(context.User);
        var scope = IndicatorScope.Network;
        if (organisation is { } id)
        {
            if (!actor.SeesIndicatorsOf(id)) return TypedResults.NotFound();
            var side = await db.Organisations.Where(o => o.Id == id).Select(o => (Side?)o.Side).SingleOrDefaultAsync(cancellationToken);
            if (side is null) return TypedResults.NotFound();
            scope = new IndicatorScope(id, side);
        }
        else if (!actor.SeesNetworkIndicators()) return TypedResults.NotFound();
        var today = time.InViewerZone(time.Now).Date;
        var (period, problems) = await PeriodChoice.ReadAsync(db, actor, fiscal, year, grant, from, to,
            ReportingPeriod.DefaultFor(scope.Side ?? Side.Quebec, today), cancellationToken);
        if (period is null) return TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        var results = await IndicatorResult.ComputeAsync(new IndicatorQuery(db, scope, time.Now, today), period, withTrends: false);
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(new IndicatorsAnswer(scope.OrganisationId,
            new PeriodItem(period.Kind.ToString(), period.Name, period.From.ToDateOnly(), period.To.ToDateOnly()),
            results.Select(r => new IndicatorItem(r.Definition.Key, r.Definition.Title, r.Figure.Value, r.Definition.Unit,
                IndicatorCatalog.ThemesOf(r.Definition).Select(t => t.ToString()).ToList(),
                r.Figure.BySide[Side.Quebec], r.Figure.BySide[Side.France],
                r.Figure.Parts.Select(p => new PartItem(p.Key, p.Label, p.Value)).ToList(),
                urls.AbsoluteUrl(context.Request, r.Link))).ToList()));
    }
}
