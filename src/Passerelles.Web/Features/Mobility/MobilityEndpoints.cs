using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime.Text;

namespace Passerelles.Web.Features.Mobility;

/// <summary>The mobility HTTP API, version 1: the internship offers open to applications, with places left. No personal
/// data: neither applicants nor the supervisor's name. It needs a session (anonymous callers get 401).</summary>
public static class MobilityEndpoints
{
    public sealed record OfferItem(Guid Id, string Title, string Host, string Side, string Field, string Language, DateOnly? StartsOn,
        DateOnly? EndsOn, int? DurationMonths, int PlacesLeft, string Programme, string Url);

    public static void MapMobility(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Mobility")
            .MapGet("/mobility/offers", ListOffersAsync)
            .WithName("ListMobilityOffers")
            .WithSummary("The internship offers open to applications, with places left")
            .WithDescription("Published offers under a published call, with at least one place left, the soonest first. side is Quebec or France: the side of the host, where the intern goes. from and to (yyyy-MM-dd) keep the offers whose fixed dates meet that period; an offer of a length in months (startsOn and endsOn null, durationMonths set) meets every period.");
    }

    private static async Task<Results<Ok<IReadOnlyList<OfferItem>>, ValidationProblem>> ListOffersAsync(
        HttpContext context, AppDbContext db, EmailTemplates templates, string? side, string? from, string? to, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var parsedSide = QueryValues.ParseEnum<Side>(side, nameof(side), errors);
        var (start, end) = (ParseDate(from, nameof(from), errors), ParseDate(to, nameof(to), errors));
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var rows = await OfferListing.Open(db).Matching(parsedSide, null, start, end)
            .SortedBy(OfferListing.Sort.Start).Rows().ToListAsync(cancellationToken);
        var items = rows.Select(o => new OfferItem(o.Id, o.Title, o.Host, o.Side.ToString(), o.Field, o.Language, o.StartsOn?.ToDateOnly(),
            o.EndsOn?.ToDateOnly(), o.DurationMonths, o.PlacesLeft, o.Programme, templates.AbsoluteUrl(context.Request, $"/mobility/offers/{o.Id}"))).ToList();
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok<IReadOnlyList<OfferItem>>(items);
    }

    private static LocalDate? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (LocalDatePattern.Iso.Parse(text) is { Success: true, Value: var date } && DateInRangeAttribute.Contains(date)) return date;
        errors[name] = ["Expected a date written yyyy-MM-dd, from 1900 to 2199."];
        return null;
    }
}
