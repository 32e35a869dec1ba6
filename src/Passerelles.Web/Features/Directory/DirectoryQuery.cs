using System.Linq.Expressions;

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
    int PageSize = DirectoryQuery.DefaultPageSize,
    int MatchLimit = DirectoryQuery.DefaultMatchLimit)
{
    public const int DefaultPageSize = 25;

    public sealed record Row(Guid Id, string Name, OrganisationKind Kind, Side Side, string Region, string Locality, string LegalForm, List<string> Themes);

    /// <summary>How many matches a search looks at, at most (<see cref="MatchLimit"/>). Past this many, the count is shown as "more than" and
    /// the person is invited to narrow the search: ranking or counting 200,000 matches of a common word would cost
    /// every keystroke hundreds of milliseconds for pages nobody reads.</summary>
    public const int DefaultMatchLimit = 500;

    /// <summary>Relevance tells names apart by length up to this many characters (the name search's keys hold no more).</summary>
    private const int MaxRankedNameLength = 127;

    /// <summary>One page of results; <paramref name="Total"/> is exact unless <paramref name="MoreThanTotal"/>, when it
    /// is the match limit and more organisations match.</summary>
    public sealed record Results(IReadOnlyList<Row> Rows, int Total, bool MoreThanTotal, int Page, int PageCount);

    /// <summary>What ordering a match needs, and no more: up to a thousand of these are read for every search. The
    /// name order stands for the name; the region is read only when the results are sorted by it.</summary>
    private sealed record Candidate(long Order, int NameLength, string? Region, int Rank);

    /// <summary>Runs the search over the organisations the <paramref name="reader"/> may see: the public ones, and the
    /// private ones they belong to or act for (all of them for network administrators). A page past the last one gives
    /// the last page. The <paramref name="index"/> answers once it is built, unless the search asks for bridges across;
    /// the database's full-text search otherwise.</summary>
    public async Task<Results> RunAsync(AppDbContext db, DirectoryReader reader, DirectoryIndex? index, CancellationToken cancellationToken = default)
    {
        // A few queries: one connection for all of them rather than one from the pool for each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var take = (int)Math.Min((long)Math.Max(Page, 1) * PageSize, MatchLimit);
            if (!BridgedAcross && index is not null && await index.SearchAsync(db, this, reader, take, cancellationToken) is var (ids, found))
            {
                var (total, pageCount, page) = Paging(found);
                var onPage = ids.Skip((page - 1) * PageSize).Take(PageSize).ToList();
                return new Results(await RowsAsync(db, o => onPage.Contains(o.Id), r => r.Row.Id, onPage, cancellationToken), total, found > MatchLimit, page, pageCount);
            }
            var terms = SearchTerms.Parse(Text);
            if (terms.IsEmpty) return await ListAsync(db, Filter(db, db.Organisations, reader), cancellationToken);
            var filters = new SearchFilters(reader, Side, Kind);
            if (db.Database.IsSqlite() && IndexAnswersAlone)
            {
                // The full-text tables hold every filter asked and are in the results' order: no organisation is read
                // but the ones shown.
                return await SearchAsync(async (words, scope, limit) =>
                    (await DirectorySearch.OrdersAsync(db, words, scope, filters, limit, cancellationToken))
                    .Select(o => new Candidate(o.Order, o.NameLength, null, 0)).ToList(), Rows, terms);
            }
            return await SearchAsync((words, scope, limit) =>
            {
                var matches = Filter(db, DirectorySearch.Matches(db, words, scope, filters), reader);
                return Sort == DirectorySort.Region
                    ? matches.Select(o => new Candidate(o.NameOrder, o.Name.Length, o.Region, 0)).Take(limit).ToListAsync(cancellationToken)
                    : matches.Select(o => new Candidate(o.NameOrder, o.Name.Length, null, 0)).Take(limit).ToListAsync(cancellationToken);
            }, Rows, terms);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        Task<IReadOnlyList<Row>> Rows(List<long> orders) => RowsAsync(db, o => orders.Contains(o.NameOrder), r => r.NameOrder, orders, cancellationToken);
    }

    /// <summary>Whether SQLite's search tables can answer alone: sorted by relevance or name, filtered by side and kind
    /// at most.</summary>
    private bool IndexAnswersAlone =>
        Sort != DirectorySort.Region && string.IsNullOrWhiteSpace(Region) && string.IsNullOrWhiteSpace(LegalForm) &&
        (Themes is null || Themes.Count == 0) && !BridgedAcross;

    private IQueryable<Organisation> Filter(AppDbContext db, IQueryable<Organisation> source, DirectoryReader reader)
    {
        var organisations = source.AsNoTracking();
        if (reader.PublicOnly) organisations = organisations.Where(o => o.IsPublic);
        else if (!reader.SeesAll)
        {
            var sees = reader.Sees.ToList();
            organisations = organisations.Where(o => o.IsPublic || sees.Contains(o.Id));
        }
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
        return organisations;
    }

    /// <summary>No words: the filtered organisations in order, straight from the indexes.</summary>
    private async Task<Results> ListAsync(AppDbContext db, IQueryable<Organisation> organisations, CancellationToken cancellationToken)
    {
        var counted = await organisations.Select(o => o.Id).Take(MatchLimit + 1).CountAsync(cancellationToken);
        var (total, pageCount, page) = Paging(counted);
        var sorted = Sort == DirectorySort.Region
            ? organisations.OrderBy(o => o.Region).ThenBy(o => o.NameOrder)
            : organisations.OrderBy(o => o.NameOrder);
        var orders = await sorted.Skip((page - 1) * PageSize).Take(PageSize).Select(o => o.NameOrder).ToListAsync(cancellationToken);
        return new Results(await RowsAsync(db, o => orders.Contains(o.NameOrder), r => r.NameOrder, orders, cancellationToken), total, counted > MatchLimit, page, pageCount);
    }

    /// <summary>Words: the first <see cref="MatchLimit"/> matches anywhere and the first ones in the name, so that a
    /// name holding every word is found even when the words are common in descriptions. Relevance puts matches in the
    /// name first, shortest name first (the closest to what was typed), then the others by name.</summary>
    private async Task<Results> SearchAsync(
        Func<SearchTerms, SearchScope, int, Task<List<Candidate>>> find, Func<List<long>, Task<IReadOnlyList<Row>>> rows, SearchTerms terms)
    {
        // A name is part of what is searched everywhere: when the names alone pass the limit, so do all matches, and
        // the costlier search everywhere would add nothing that relevance would show.
        var named = await CandidatesAsync(SearchScope.Name, MatchLimit + 1);
        var everywhere = named.Count > MatchLimit ? [] : await CandidatesAsync(SearchScope.Everywhere, MatchLimit + 1);
        var more = named.Count > MatchLimit || everywhere.Count > MatchLimit;
        var candidates = new Dictionary<long, Candidate>();
        foreach (var c in named.Take(MatchLimit)) candidates.TryAdd(c.Order, c with { Rank = 1 });
        foreach (var c in everywhere.Take(MatchLimit)) candidates.TryAdd(c.Order, c);

        var (total, pageCount, page) = Paging(more ? MatchLimit + 1 : candidates.Count);
        IEnumerable<Candidate> sorted = Sort switch
        {
            DirectorySort.Relevance => candidates.Values.OrderByDescending(c => c.Rank)
                .ThenBy(c => c.Rank == 1 ? Math.Min(c.NameLength, MaxRankedNameLength) : 0).ThenBy(c => c.Order),
            DirectorySort.Region => candidates.Values.OrderBy(c => c.Region, StringComparer.CurrentCulture).ThenBy(c => c.Order),
            _ => candidates.Values.OrderBy(c => c.Order),
        };
        var orders = sorted.Skip((page - 1) * PageSize).Take(PageSize).Select(c => c.Order).ToList();
        return new Results(await rows(orders), total, more, page, pageCount);

        // Words taken as complete first: when they fill the limit, the prefix would only find more of the same. A
        // prefix of four to six letters begins few words and has an index, so it is searched at once rather than after
        // a first pass; a longer one has no index of its own, and the engine would merge the lists of all it begins,
        // so it is searched as a prefix only when nothing has it as a complete word (someone still typing it).
        async Task<List<Candidate>> CandidatesAsync(SearchScope scope, int limit)
        {
            if (terms.PrefixIsCheap) return await find(terms, scope, limit);
            var found = await find(terms.AsComplete(), scope, limit);
            if (found.Count >= limit || !terms.LastIsPrefix) return found;
            // A word longer than the prefix indexes that is found as typed is taken as typed (with its plural): as a
            // prefix it would cost a merge of the lists of every word it begins, to add only longer words.
            return found.Count > 0 && terms.Words[^1].Length > SearchTerms.MaxIndexedPrefixLength ? found : await find(terms, scope, limit);
        }
    }

    private (int Total, int PageCount, int Page) Paging(int counted)
    {
        var total = Math.Min(counted, MatchLimit);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return (total, pageCount, Math.Clamp(Page, 1, pageCount));
    }

    /// <summary>The shown fields of the given organisations, with their themes, in the given order of their keys.</summary>
    private static async Task<IReadOnlyList<Row>> RowsAsync<TKey>(AppDbContext db, Expression<Func<Organisation, bool>> which,
        Func<(long NameOrder, Row Row), TKey> keyOf, List<TKey> order, CancellationToken cancellationToken) where TKey : notnull
    {
        var onPage = (await db.Organisations.AsNoTracking().Where(which)
                .Select(o => new { o.NameOrder, o.Id, o.Name, o.Kind, o.Side, o.Region, o.Locality, o.LegalForm, Themes = o.Themes.Select(t => t.Name).ToList() })
                .ToListAsync(cancellationToken))
            .Select(r => (r.NameOrder, Row: new Row(r.Id, r.Name, r.Kind, r.Side, r.Region, r.Locality, r.LegalForm, r.Themes.Order(StringComparer.Ordinal).ToList())))
            .ToDictionary(keyOf, r => r.Row);
        return order.Where(onPage.ContainsKey).Select(key => onPage[key]).ToList();
    }
}
