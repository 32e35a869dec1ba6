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

    /// <summary>One page of results; <paramref name="Total"/> is exact unless <paramref name="MoreThanTotal"/>, when it
    /// is the match limit and more organisations match.</summary>
    public sealed record Results(IReadOnlyList<Row> Rows, int Total, bool MoreThanTotal, int Page, int PageCount);

    /// <summary>What ordering a match needs, and no more: up to a thousand of these are read for every search. The
    /// region is read only when the results are sorted by it.</summary>
    private sealed record Candidate(Guid Id, string SearchName, int NameLength, string? Region, int Rank);

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
            if (!BridgedAcross && index is not null && await index.SearchAsync(db, this, reader, cancellationToken) is { } results) return results;
            var terms = SearchTerms.Parse(Text);
            if (terms.IsEmpty) return await ListAsync(db, Filter(db, db.Organisations, reader), cancellationToken);
            var filters = new SearchFilters(reader, Side, Kind);
            return await SearchAsync(db, (words, scope, limit) =>
            {
                var matches = Filter(db, DirectorySearch.Matches(db, words, scope, filters), reader);
                return Sort == DirectorySort.Region
                    ? matches.Select(o => new Candidate(o.Id, o.SearchName, o.Name.Length, o.Region, 0)).Take(limit).ToListAsync(cancellationToken)
                    : matches.Select(o => new Candidate(o.Id, o.SearchName, o.Name.Length, null, 0)).Take(limit).ToListAsync(cancellationToken);
            }, terms, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

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
            ? organisations.OrderBy(o => o.Region).ThenBy(o => o.SearchName).ThenBy(o => o.Id)
            : organisations.OrderBy(o => o.SearchName).ThenBy(o => o.Id);
        var ids = await sorted.Skip((page - 1) * PageSize).Take(PageSize).Select(o => o.Id).ToListAsync(cancellationToken);
        return new Results(await RowsAsync(db, ids, cancellationToken), total, counted > MatchLimit, page, pageCount);
    }

    /// <summary>Words: the first <see cref="MatchLimit"/> matches anywhere and the first ones in the name, so that a
    /// name holding every word is found even when the words are common in descriptions. Relevance puts matches in the
    /// name first, shortest name first (the closest to what was typed), then the others by name.</summary>
    private async Task<Results> SearchAsync(
        AppDbContext db, Func<SearchTerms, SearchScope, int, Task<List<Candidate>>> find, SearchTerms terms, CancellationToken cancellationToken)
    {
        // A name is part of what is searched everywhere: when the names alone pass the limit, so do all matches, and
        // the costlier search everywhere would add nothing that relevance would show.
        var named = await CandidatesAsync(SearchScope.Name, MatchLimit + 1);
        var everywhere = named.Count > MatchLimit ? [] : await CandidatesAsync(SearchScope.Everywhere, MatchLimit + 1);
        var more = named.Count > MatchLimit || everywhere.Count > MatchLimit;
        var candidates = new Dictionary<Guid, Candidate>();
        foreach (var c in named.Take(MatchLimit)) candidates.TryAdd(c.Id, c with { Rank = 1 });
        foreach (var c in everywhere.Take(MatchLimit)) candidates.TryAdd(c.Id, c);

        var (total, pageCount, page) = Paging(more ? MatchLimit + 1 : candidates.Count);
        IEnumerable<Candidate> sorted = Sort switch
        {
            DirectorySort.Relevance => candidates.Values.OrderByDescending(c => c.Rank)
                .ThenBy(c => c.Rank == 1 ? c.NameLength : 0).ThenBy(c => c.SearchName, StringComparer.Ordinal).ThenBy(c => c.Id),
            DirectorySort.Region => candidates.Values.OrderBy(c => c.Region, StringComparer.CurrentCulture)
                .ThenBy(c => c.SearchName, StringComparer.Ordinal).ThenBy(c => c.Id),
            _ => candidates.Values.OrderBy(c => c.SearchName, StringComparer.Ordinal).ThenBy(c => c.Id),
        };
        var ids = sorted.Skip((page - 1) * PageSize).Take(PageSize).Select(c => c.Id).ToList();
        return new Results(await RowsAsync(db, ids, cancellationToken), total, more, page, pageCount);

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

    /// <summary>How many matches, in order, the page needs: those of the pages before it and its own, up to the match
    /// limit.</summary>
    public int Needed => (int)Math.Min((long)Math.Max(Page, 1) * PageSize, MatchLimit);

    /// <summary>The page of the <paramref name="ordered"/> matches (at least <see cref="Needed"/> of them, unless fewer
    /// match), <paramref name="found"/> counting all of them up to one more than the match limit.</summary>
    public Results PageOf<T>(IReadOnlyList<T> ordered, int found, Func<T, Row> row)
    {
        var (total, pageCount, page) = Paging(found);
        return new Results(ordered.Skip((page - 1) * PageSize).Take(PageSize).Select(row).ToList(), total, found > MatchLimit, page, pageCount);
    }

    private (int Total, int PageCount, int Page) Paging(int counted)
    {
        var total = Math.Min(counted, MatchLimit);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return (total, pageCount, Math.Clamp(Page, 1, pageCount));
    }

    /// <summary>The shown fields of the given organisations, with their themes, in the given order.</summary>
    private static async Task<IReadOnlyList<Row>> RowsAsync(AppDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var onPage = (await db.Organisations.AsNoTracking()
                .Where(o => ids.Contains(o.Id))
                .Select(o => new { o.Id, o.Name, o.Kind, o.Side, o.Region, o.Locality, o.LegalForm, Themes = o.Themes.Select(t => t.Name).ToList() })
                .ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id);
        return ids
            .Where(onPage.ContainsKey)
            .Select(id => onPage[id])
            .Select(r => new Row(r.Id, r.Name, r.Kind, r.Side, r.Region, r.Locality, r.LegalForm, r.Themes.Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
