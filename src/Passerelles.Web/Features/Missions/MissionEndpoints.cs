using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelles.Web.Features.Missions;

/// <summary>The missions' HTTP API, version 1: the missions the caller may see. It needs a session (anonymous callers
/// get 401).</summary>
public static class MissionEndpoints
{
    public sealed record MissionItem(Guid Id, string Title, string Direction, DateOnly StartsOn, DateOnly EndsOn, string Status, int MemberCount, string Url);

    public static void MapMissions(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Missions")
            .MapGet("/missions", ListMissionsAsync)
            .WithName("ListMissions")
            .WithSummary("The delegation missions the caller may see")
            .WithDescription("The missions whose delegation the caller belongs to (invited or accepted), those they manage, and those that visit one of their organisations; every mission for a network administrator. The latest first. direction is QuebecToFrance or FranceToQuebec; status is Planning, Confirmed, Completed or Cancelled; memberCount counts the members who have not declined.");
    }

    private static async Task<Ok<IReadOnlyList<MissionItem>>> ListMissionsAsync(
        HttpContext context, AppDbContext db, CurrentActor actors, EmailTemplates templates, CancellationToken cancellationToken)
    {
        var rows = await db.Missions.AsNoTracking().VisibleTo(await actors.GetAsync())
            .OrderByDescending(m => m.StartsOn).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Title, m.Direction, m.StartsOn, m.EndsOn, m.Status, Members = m.Members.Count(x => x.Status != MissionInvitationStatus.Declined) })
            .ToListAsync(cancellationToken);
        var items = rows.Select(m => new MissionItem(m.Id, m.Title, m.Direction.ToString(), m.StartsOn.ToDateOnly(), m.EndsOn.ToDateOnly(), m.Status.ToString(),
            m.Members, templates.AbsoluteUrl(context.Request, $"/missions/{m.Id}"))).ToList();
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok<IReadOnlyList<MissionItem>>(items);
    }
}
