using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Directory;

public enum DirectorySort { Relevance, Name, Region }

/// <summary>One search of the directory, as the page and the API ask it: words, filters, order and page.</summary>
public sealed record DirectoryQuery(
    string? Text = null,
    Side? Side = null,
    OrganisationKind? Kind = null,
    string? Region = null,
    string? LegalForm = null,
    IReadOnlyList<string>? Themes = null,
    bool BridgedAcross = false,
    DirectorySort Sort = DirectorySort.Relevance,
    int Page = 1,
    int PageSize = DirectoryQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;

    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, Side Side, string Region, string Locality, string LegalForm, List<string> Themes);

    public sealed record Results(IReadOnlyList<Row> Rows, int Total, int Page, int PageCount);

    /// <summary>Runs the search over the organisations <paramref name="publicOnly"/> allows: visitors see public
    /// organisations only. A page past the last one gives the last page.</summary>
    public async Task<Results> RunAsync(AppDbContext db, bool publicOnly, CancellationToken cancellationToken = default)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (publicOnly) organisations = organisations.Where(o => o.IsPublic);
        if (Side is { } side) organisations = organisations.Where(o => o.Side == side);
        if (Kind is { } kind) organisations = organisations.Where(o => o.Kind == kind);
        if (!string.IsNullOrWhiteSpace(Region)) organisations = organisations.Where(o => o.Region == Region);
        if (!string.IsNullOrWhiteSpace(LegalForm)) organisations = organisations.Where(o => o.LegalForm == LegalForm);
        foreach (var theme in Themes ?? [])
        {
            organisations = organisations.Where(o => o.Themes.Any(t => t.Name == theme));
        }
        if (BridgedAcross)
        {
            // A bridge either way to an organisation of the other side.
            organisations = organisations.Where(o =>
                db.Bridges.Any(b => b.FromOrganisationId == o.Id && b.ToOrganisation.Side != o.Side) ||
                db.Bridges.Any(b => b.ToOrganisationId == o.Id && b.FromOrganisation.Side != o.Side));
        }

        var terms = SearchTerms.Parse(Text);
        var found = terms.IsEmpty
            ? organisations.Select(o => new { Organisation = o, Rank = 0.0 })
            : organisations.Join(DirectorySearch.Matches(db, terms), o => o.Id, m => m.OrganisationId,
                (o, m) => new { Organisation = o, m.Rank });

        var total = await found.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(Page, 1, pageCount);

        var sorted = (Sort, terms.IsEmpty) switch
        {
            (DirectorySort.Relevance, false) => found.OrderByDescending(f => f.Rank).ThenBy(f => f.Organisation.SearchName),
            (DirectorySort.Region, _) => found.OrderBy(f => f.Organisation.Region).ThenBy(f => f.Organisation.SearchName),
            _ => found.OrderBy(f => f.Organisation.SearchName).ThenBy(f => f.Organisation.Name),
        };
        var onPage = await sorted
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(f => new
            {
                f.Organisation.Id, f.Organisation.Name, f.Organisation.Kind, f.Organisation.Side,
                f.Organisation.Region, f.Organisation.Locality, f.Organisation.LegalForm,
            })
            .ToListAsync(cancellationToken);
        // Themes in a second query: a collection cannot be projected beside the raw full-text query.
        var ids = onPage.Select(r => r.Id).ToList();
        var themes = (await db.OrganisationThemes.AsNoTracking()
                .Where(t => ids.Contains(t.OrganisationId))
                .Select(t => new { t.OrganisationId, t.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.OrganisationId, t => t.Name);
        var rows = onPage
            .Select(r => new Row(r.Id, r.Name, r.Kind, r.Side, r.Region, r.Locality, r.LegalForm,
                themes[r.Id].Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return new Results(rows, total, page, pageCount);
    }
}
