using Microsoft.AspNetCore.Http.HttpResults;
using Passerelles.Web.Features.Projects.Export;

namespace Passerelles.Web.Features.Projects;

/// <summary>The projects' HTTP API, version 1, and their CSV exports. The API lists what the caller may see and nothing
/// more, with the list page's search and filters; it needs a session (anonymous callers get 401).</summary>
public static class ProjectEndpoints
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public sealed record ProjectItem(
        Guid Id, string Name, string Incubator, string Side, string? Cohort, string? Stage, string Status,
        IReadOnlyList<string> Themes, string Url);

    public sealed record ProjectList(IReadOnlyList<ProjectItem> Items, int Total);

    public static void MapProjects(this IEndpointRouteBuilder app)
    {
        app.MapProjectExports();
        var api = app.MapGroup("/api/v1").WithTags("Projects");
        api.MapGet("/projects", ListProjectsAsync)
            .WithName("ListProjects")
            .WithSummary("Search the incubated projects the caller may see")
            .WithDescription("Accent- and case-insensitive search over name, summary, need, territory and themes, with filters by incubator (id), side (Quebec, France) and canonical stage (Awareness, Ideation, PreIncubation, Incubation, Launch, Growth, Exit). Archived projects are left out. 25 projects a page unless pageSize says otherwise (100 at most). Only the projects the caller may see: those of the incubators they are staff of, of the teams they belong to, and those a partner incubator shared with theirs.");
    }

    private static async Task<Results<Ok<ProjectList>, ValidationProblem>> ListProjectsAsync(
        HttpContext context, AppDbContext db, CurrentActor actors, string? q, string? incubator, string? side, string? stage, string? page, string? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Guid? parsedIncubator = null;
        if (!string.IsNullOrWhiteSpace(incubator))
        {
            if (Guid.TryParse(incubator, out var id)) parsedIncubator = id;
            else errors[nameof(incubator)] = ["Expected the id of an incubator."];
        }
        var parsedSide = QueryValues.ParseEnum<Side>(side, nameof(side), errors);
        var parsedStage = QueryValues.ParseEnum<CanonicalStage>(stage, nameof(stage), errors);
        var parsedPage = QueryValues.ParseNumber(page, nameof(page), 1, 1_000_000, 1, errors);
        var parsedPageSize = QueryValues.ParseNumber(pageSize, nameof(pageSize), 1, MaxPageSize, DefaultPageSize, errors);
        if (q is { Length: > ProjectFilter.MaxQueryLength }) errors[nameof(q)] = ["The search is limited to 200 characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var filter = new ProjectFilter { Q = q, Incubator = parsedIncubator, Side = parsedSide, Stage = parsedStage };
        var projects = filter.Apply(db.Projects.AsNoTracking().VisibleTo(await actors.GetAsync()));
        var total = await projects.CountAsync(cancellationToken);
        var rows = await projects
            .OrderBy(p => p.SearchName).ThenBy(p => p.Id)
            .Skip((parsedPage - 1) * parsedPageSize)
            .Take(parsedPageSize)
            .Select(p => new
            {
                p.Id, p.Name, Incubator = p.Incubator.Name, p.Incubator.Side, Cohort = p.Cohort == null ? null : p.Cohort.Name,
                Stage = p.CurrentStage == null ? (CanonicalStage?)null : p.CurrentStage.CanonicalStage, p.Status,
                Themes = p.Themes.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var items = rows.Select(r => new ProjectItem(r.Id, r.Name, r.Incubator, r.Side.ToString(), r.Cohort, r.Stage?.ToString(),
            r.Status.ToString(), r.Themes, $"{origin}/projects/{r.Id}")).ToList();
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(new ProjectList(items, total));
    }
}
