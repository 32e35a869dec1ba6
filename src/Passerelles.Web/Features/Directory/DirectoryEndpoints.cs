using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelles.Web.Features.Directory;

/// <summary>The directory's HTTP API, version 1: the same search as the directory page, as JSON, over the same
/// organisations: public ones for anonymous callers, and the private ones a signed-in caller may see
/// (<see cref="OrganisationRules"/>). Every field given is a public one.</summary>
public static class DirectoryEndpoints
{
    public const int MaxPageSize = 100;

    public sealed record OrganisationItem(Guid Id, string Name, string Side, string Kind, string Region, IReadOnlyList<string> Themes, string Url);

    /// <summary>A page of organisations; past <see cref="DirectoryQuery.DefaultMatchLimit"/> matches, <c>total</c> stops at
    /// that number and <c>moreThanTotal</c> is true.</summary>
    public sealed record OrganisationList(IReadOnlyList<OrganisationItem> Items, int Total, bool MoreThanTotal, int Page, int PageSize);

    public static void MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Directory").AllowAnonymous();
        api.MapGet("/organisations", ListOrganisationsAsync)
            .WithName("ListOrganisations")
            .WithSummary("Search the organisations of the directory")
            .WithDescription("Full-text search, accent- and case-insensitive, with filters by side and kind; 25 organisations a page unless pageSize says otherwise. Without a session, public organisations only; with one, also the private organisations the caller belongs to or acts for. A search looks at 500 matches at most: past that, total is 500 and moreThanTotal is true.");
    }

    private static async Task<Results<Ok<OrganisationList>, ValidationProblem>> ListOrganisationsAsync(
        HttpContext context, AppDbContext db, PublicAddress address, DirectoryIndex index, CurrentActor actors, string? q, string? side, string? kind, string? page, string? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var parsedSide = QueryValues.ParseEnum<Side>(side, nameof(side), errors);
        var parsedKind = QueryValues.ParseEnum<OrganisationKind>(kind, nameof(kind), errors);
        var parsedPage = QueryValues.ParseNumber(page, nameof(page), 1, int.MaxValue, 1, errors);
        var parsedPageSize = QueryValues.ParseNumber(pageSize, nameof(pageSize), 1, MaxPageSize, DirectoryQuery.DefaultPageSize, errors);
        if (q is { Length: > 200 }) errors[nameof(q)] = ["The search is limited to 200 characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var query = new DirectoryQuery(q, parsedSide, parsedKind, Sort: DirectorySort.Relevance, Page: parsedPage, PageSize: parsedPageSize);
        var results = await query.RunAsync(db, DirectoryReader.Of(await actors.GetAsync()), index, cancellationToken);
        var root = address.Root(context.Request);
        // Past the last page there is nothing, rather than the last page again as on the page for people.
        var items = parsedPage > results.PageCount && results.Total > 0
            ? []
            : results.Rows.Select(r => new OrganisationItem(r.Id, r.Name, r.Side.ToString(), r.Kind.ToString(), r.Region, r.Themes, OrganisationIri.Of(root, r.Id))).ToList();
        return TypedResults.Ok(new OrganisationList(items, results.Total, results.MoreThanTotal, parsedPage, parsedPageSize));
    }
}
