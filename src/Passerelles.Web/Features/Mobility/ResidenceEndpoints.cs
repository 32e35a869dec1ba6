using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime.Text;

namespace Passerelles.Web.Features.Mobility;

/// <summary>The residences' HTTP API, version 1: a residence's units month by month. Figures only: no request, person
/// or placement appears in it. It needs a session (anonymous callers get 401).</summary>
public static class ResidenceEndpoints
{
    /// <summary>The most months one answer gives.</summary>
    public const int MaxMonths = 60;

    public sealed record OccupancyMonth(string Month, int Capacity, int Requested, int Offered, int Occupied);

    public sealed record ResidenceOccupancy(Guid ResidenceId, string Name, string From, string To, IReadOnlyList<OccupancyMonth> Months);

    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

    public static void MapResidences(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Mobility")
            .MapGet("/mobility/residences/{id:guid}/occupancy", OccupancyAsync)
            .WithName("GetResidenceOccupancy")
            .WithSummary("A residence's units by month: capacity, requested, offered, occupied")
            .WithDescription($"From the month from to the month to (both yyyy-MM, both included; the current year when left out; at most {MaxMonths} months): the units the residence has in each month (capacity, all unit types), and the requests for housing whose stay has a night in that month, by stage. requested counts the requests awaiting an answer or whose other dates the association proposed; offered the units offered, or accepted with a contract not yet signed by both parties; occupied the units whose occupancy contract both parties signed. Counts only: no person, request or placement appears. Every signed-in person may read it; an unknown residence gives 404, a month that is not yyyy-MM or a range the wrong way round or too long gives 400.");
    }

    private static async Task<Results<Ok<ResidenceOccupancy>, NotFound, ValidationProblem>> OccupancyAsync(
        Guid id, string? from, string? to, HttpContext context, AppDbContext db, TimeProvider clock)
    {
        var residence = await db.Residences.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Name }).SingleOrDefaultAsync();
        if (residence is null) return TypedResults.NotFound();
        var year = clock.GetUtcNow().Year;
        var errors = new Dictionary<string, string[]>();
        var first = Month(from, new YearMonth(year, 1), "from", errors);
        var last = Month(to, new YearMonth(year, 12), "to", errors);
        if (errors.Count == 0 && last < first) errors["to"] = ["to must not come before from."];
        else if (errors.Count == 0 && Occupancy.Months(first, last).Count() > MaxMonths) errors["to"] = [$"Ask for {MaxMonths} months at most."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var months = await Housing.CalendarAsync(db, id, first, last);
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(new ResidenceOccupancy(id, residence.Name, MonthPattern.Format(first), MonthPattern.Format(last),
            months.Select(m => new OccupancyMonth(MonthPattern.Format(m.Of), m.Capacity, m.Requested, m.Offered, m.Occupied)).ToList()));
    }

    private static YearMonth Month(string? text, YearMonth fallback, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        var parsed = MonthPattern.Parse(text);
        if (parsed.Success) return parsed.Value;
        errors[name] = [$"{name} must be a month as yyyy-MM."];
        return fallback;
    }
}
