using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Passerelles.Web.Features.Directory;

/// <summary>The directory's search index, one per instance of the application (Lucene.NET). It is built once, in the
/// background, when the instance starts, and from then on follows the change log (<see cref="DirectoryChange"/>):
/// before answering a search it reads whether the log has entries it has not applied, and re-indexes the organisations
/// they name. So no instance answers from data older than what it can read, and no edit rebuilds the index. Until the
/// first build is done, searches go to the database's full-text search.</summary>
/// <remarks>The index lives in a folder of its own on disk (<see cref="PositionalReadDirectory"/>) rather than in a RAMDirectory:
/// the operating system keeps the parts searched in its page cache and can give them back, and the garbage collector
/// never walks a hundred megabytes of index blocks on the managed heap. It is rebuilt from the database at every start,
/// so the folder is temporary and removed on shutdown.</remarks>
public sealed class DirectoryIndex : IDisposable
{
    /// <summary>A change log entry missing below one that is there may belong to a transaction still running (on
    /// PostgreSQL, numbers are handed out before commit); it is looked for again on every search for this long, then
    /// taken as rolled back.</summary>
    public static readonly TimeSpan GapPatience = TimeSpan.FromMinutes(2);

    /// <summary>How far below the latest entry a new index looks for entries still to come, at start-up.</summary>
    private const int StartLookback = 1000;

    /// <summary>The words the priority themes are found by, besides their stored names.</summary>
    private static readonly Dictionary<string, string> ThemeWords = new(StringComparer.Ordinal)
    {
        ["Innovation"] = "Innovation innovation sociale",
        ["Youth"] = "Youth jeunesse jeunes",
        ["Digital"] = "Digital numérique",
        ["GenderEquality"] = "Gender equality égalité femmes-hommes parité",
    };

    private const string Id = "id", Shown = "shown", IsPublic = "public", SideField = "side", KindField = "kind", RegionField = "region",
        LegalFormField = "legalForm", Theme = "theme", SortName = "sortName", SortRegion = "sortRegion", NameLength = "nameLength";

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<DirectoryIndex> _logger;
    private readonly TimeProvider _clock;
    private readonly bool _enabled;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "passerelles-directory-" + Guid.NewGuid().ToString("N"));
    private readonly SemaphoreSlim _applying = new(1, 1);
    private FSDirectory? _directory;
    private IndexWriter? _writer;
    private volatile SearcherManager? _searchers;
    private int _building;
    private readonly Filter _public = new BitsFilter(IsPublic, "true");
    private readonly Dictionary<Side, Filter> _sides =
        Enum.GetValues<Side>().ToDictionary(side => side, Filter (side) => new BitsFilter(SideField, side.ToString()));
    private readonly Dictionary<OrganisationKind, Filter> _kinds =
        Enum.GetValues<OrganisationKind>().ToDictionary(kind => kind, Filter (kind) => new BitsFilter(KindField, kind.ToString()));

    // Every entry up to Settled is applied or given up; above it, those of _applied are, and those of _missing are
    // not there yet (first missed at the given time). Highest is the latest entry applied. Searches read the position
    // without waiting; it changes only once the searcher shows what was applied.
    private sealed record Position(long Settled, long Highest, int AppliedAbove);
    private volatile Position _position = new(0, 0, 0);
    private readonly HashSet<long> _applied = [];
    private readonly Dictionary<long, long> _missing = [];

    public DirectoryIndex(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DirectoryIndex> logger)
    {
        (_scopes, _clock, _logger) = (scopes, clock, logger);
        _enabled = configuration.GetValue("Directory:Index", true);
    }

    /// <summary>How many times the whole directory was indexed: once per start, and once more after a stretch of the
    /// change log this index never read was pruned.</summary>
    public int FullBuilds { get; private set; }

    /// <summary>How many organisations were indexed again after a change log entry.</summary>
    public long Reindexed { get; private set; }

    public bool IsReady => _searchers is not null;

    /// <summary>Builds the index in the background, unless it is built or being built.</summary>
    public void StartBuild()
    {
        if (_enabled && Interlocked.CompareExchange(ref _building, 1, 0) == 0) _ = Task.Run(BuildInBackgroundAsync, CancellationToken.None);
    }

    /// <summary>Builds the index now, unless it is built, waiting for a build under way.</summary>
    public async Task BuildAsync(CancellationToken cancellationToken)
    {
        if (!_enabled) return;
        StartBuild();
        while (!IsReady) await Task.Delay(20, cancellationToken);
    }

    private async Task BuildInBackgroundAsync()
    {
        try
        {
            var started = _clock.GetTimestamp();
            await using var scope = _scopes.CreateAsyncScope();
            var count = await BuildAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            _logger.LogInformation("Directory index built: {Count} organisations in {Elapsed} ms", count, (int)_clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception)
        {
            // Searches keep going to the database; the next start tries again.
            _logger.LogError(exception, "The directory index could not be built");
        }
    }

    private async Task<int> BuildAsync(AppDbContext db)
    {
        _directory = new PositionalReadDirectory(new DirectoryInfo(_folder));
        _writer = new IndexWriter(_directory, new IndexWriterConfig(DirectoryAnalysis.Version, DirectoryAnalysis.Indexing)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 32,
            // Merges of neighbouring segments only, so that the index keeps the order organisations were added in.
            MergePolicy = new LogByteSizeMergePolicy(),
        });
        var count = await FillAsync(db, _writer, CancellationToken.None);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        return count;
    }

    /// <summary>Indexes the whole directory in place of what the index held, and follows the log from the position it
    /// read first: whatever is saved meanwhile is applied after.</summary>
    private async Task<int> FillAsync(AppDbContext db, IndexWriter writer, CancellationToken cancellationToken)
    {
        var latest = await db.DirectoryChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        var recent = await db.DirectoryChanges.Where(c => c.Sequence > latest - StartLookback).Select(c => c.Sequence).ToListAsync(cancellationToken);
        writer.DeleteAll();
        var count = 0;
        // In name order: a search looks at the first matches in the index's order.
        var organisations = Indexed(db.Organisations.OrderBy(o => o.SearchName).ThenBy(o => o.Id));
        await foreach (var organisation in organisations.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            writer.AddDocument(Document(organisation));
            count++;
        }
        // One segment: each word is looked up, and each search set up, once rather than once per segment. Merges keep
        // the segments' order, so the index stays in name order.
        writer.ForceMerge(1);
        writer.Commit();
        _searchers?.MaybeRefreshBlocking();
        _applied.Clear();
        _missing.Clear();
        _applied.UnionWith(recent);
        var now = _clock.GetTimestamp();
        for (var sequence = Math.Max(0, latest - StartLookback) + 1; sequence <= latest; sequence++)
        {
            if (!_applied.Contains(sequence)) _missing[sequence] = now;
        }
        Settle(Math.Max(0, latest - StartLookback), latest);
        FullBuilds++;
        return count;
    }

    /// <summary>The page of results the query asks for, in the query's order, and how many organisations it finds,
    /// counted up to one more than its match limit; null while the index is not built yet (the caller asks the
    /// database).</summary>
    /// <remarks>Like the database's search, it looks at the first matches only, in the index's order (by name, as the
    /// directory is indexed): those in the name first, then those anywhere, up to the match limit each. Ranking the
    /// 200,000 matches of a common word would cost every keystroke for pages nobody reads; past the limit, the person
    /// is invited to narrow the search. What the results show is read from the index, which holds it as of the change
    /// log's latest entry, as the search does.</remarks>
    public async Task<DirectoryQuery.Results?> SearchAsync(AppDbContext db, DirectoryQuery query, DirectoryReader reader, CancellationToken cancellationToken)
    {
        if (_searchers is not { } searchers) return null;
        await CatchUpAsync(db, cancellationToken);
        var units = DirectoryAnalysis.Units(query.Text);
        var searcher = searchers.Acquire();
        try
        {
            if (units.Count == 0)
            {
                // A listing matches every organisation the filters let through: the bits set are walked in order.
                var listed = Filtered(new MatchAllDocsQuery(), query, reader, FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);
                var sort = query.Sort == DirectorySort.Region
                    ? new Sort(new SortField(SortRegion, SortFieldType.STRING), new SortField(SortName, SortFieldType.STRING))
                    : new Sort(new SortField(SortName, SortFieldType.STRING));
                var page = searcher.Search(listed, query.Needed, sort);
                return query.PageOf(page.ScoreDocs.Select(hit => hit.Doc).ToList(), page.TotalHits, doc => RowOf(searcher, doc));
            }
            var prefixAtOnce = DirectoryAnalysis.PrefixAtOnce(units);
            var (found, total) = Matches(searcher, units, prefixAtOnce, query, reader);
            // A long word being typed is taken as typed when some organisation has it; as the start of a word otherwise.
            if (total == 0 && !prefixAtOnce) (found, total) = Matches(searcher, units, prefix: true, query, reader);
            return query.PageOf(Rank(found, query.Sort, query.Needed).Select(match => match.Doc).ToList(), total, doc => RowOf(searcher, doc));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>What a result shows of an organisation, read from its segment's column of them: no stored fields to
    /// decompress, no database query.</summary>
    private static DirectoryQuery.Row RowOf(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var bytes = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(Shown).Get(doc - leaf.DocBase, bytes);
        using var row = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length), System.Text.Encoding.UTF8);
        var id = new Guid(row.ReadBytes(16));
        var name = row.ReadString();
        var kind = (OrganisationKind)row.ReadInt32();
        var side = (Side)row.ReadInt32();
        var (region, locality, legalForm) = (row.ReadString(), row.ReadString(), row.ReadString());
        var themes = Enumerable.Range(0, row.ReadInt32()).Select(_ => row.ReadString()).ToList();
        return new DirectoryQuery.Row(id, name, kind, side, region, locality, legalForm, themes);
    }

    /// <summary>What a result shows of an organisation, as the index keeps it beside the words (<see cref="RowOf"/>).</summary>
    private static BytesRef ShownOf(IndexedOrganisation o)
    {
        using var bytes = new MemoryStream();
        using (var row = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            row.Write(o.Id.ToByteArray());
            row.Write(o.Name);
            row.Write((int)o.Kind);
            row.Write((int)o.Side);
            row.Write(o.Region);
            row.Write(o.Locality);
            row.Write(o.LegalForm);
            row.Write(o.Themes.Count);
            foreach (var theme in o.Themes.Order(StringComparer.Ordinal)) row.Write(theme);
        }
        return new BytesRef(bytes.ToArray());
    }

    /// <summary>The first matches in the name (up to the limit and one), then, unless those pass the limit, the first
    /// matches anywhere; and how many match, up to the limit and one.</summary>
    private (IReadOnlyCollection<Match> Found, int Total) Matches(
        IndexSearcher searcher, IReadOnlyList<DirectoryAnalysis.Unit> units, bool prefix, DirectoryQuery query, DirectoryReader reader)
    {
        var limit = query.MatchLimit + 1;
        var inName = DirectoryAnalysis.Query(units, DirectoryAnalysis.Name, prefix);
        inName.Boost = NameBoost;
        var anywhere = DirectoryAnalysis.Query(units, DirectoryAnalysis.Text, prefix);
        var named = new FirstMatches(limit, query.Sort == DirectorySort.Region);
        searcher.Search(Filtered(new BooleanQuery { { anywhere, Occur.MUST }, { inName, Occur.MUST } }, query, reader), named);
        if (named.Found.Count == limit) return (named.Found, limit);
        // Scored alike, a name holding every word is found by both.
        var everywhere = new FirstMatches(limit, query.Sort == DirectorySort.Region);
        searcher.Search(Filtered(new BooleanQuery { { anywhere, Occur.MUST }, { inName, Occur.SHOULD } }, query, reader), everywhere);
        var found = named.Found.ToDictionary(match => match.Doc);
        foreach (var match in everywhere.Found) found.TryAdd(match.Doc, match);
        return (found.Values, everywhere.Found.Count);
    }

    /// <summary>How much more a word in the name counts than a word elsewhere: a name holding every word ranks first.</summary>
    private const float NameBoost = 10;

    /// <summary>The first <paramref name="take"/> of <paramref name="found"/>: by relevance, then the shorter name (the
    /// closest to what was typed), then the name; or by name; or by region, then name. By relevance, names are read only
    /// where they decide: among matches of equal score and length that reach the first <paramref name="take"/>.</summary>
    private static IEnumerable<Match> Rank(IEnumerable<Match> found, DirectorySort sort, int take)
    {
        switch (sort)
        {
            case DirectorySort.Region:
                return found.OrderBy(m => m.Region, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).Take(take);
            case DirectorySort.Name:
                return found.OrderBy(m => m.Name, StringComparer.Ordinal).Take(take);
        }
        var ordered = found.OrderByDescending(m => m.Score).ThenBy(m => m.NameLength).ToList();
        var ranked = new List<Match>(Math.Min(take, ordered.Count));
        for (var start = 0; start < ordered.Count && ranked.Count < take;)
        {
            var end = start + 1;
            while (end < ordered.Count && ordered[end].Score == ordered[start].Score && ordered[end].NameLength == ordered[start].NameLength) end++;
            ranked.AddRange(end - start == 1 ? [ordered[start]] : ordered.GetRange(start, end - start).OrderBy(m => m.Name, StringComparer.Ordinal));
            start = end;
        }
        return ranked.Take(take);
    }

    /// <summary>An organisation found, with what ranking it needs: its score, the length of its name and, when sorting by
    /// region, its region (as a sortable key). Its name (as a sortable key) is read from the index when first asked.</summary>
    private sealed class Match(int doc, float score, int nameLength, SortedDocValues names, int segmentDoc, string? region)
    {
        private string? _name;

        public int Doc => doc;
        public float Score => score;
        public int NameLength => nameLength;
        public string? Region => region;
        public string Name => _name ??= FirstMatches.Read(names, segmentDoc);
    }

    /// <summary>Gathers the first <paramref name="limit"/> matches in the index's order, and stops the search there.</summary>
    private sealed class FirstMatches(int limit, bool withRegion) : ICollector
    {
        private Scorer? _scorer;
        private int _docBase;
        private NumericDocValues? _lengths;
        private SortedDocValues? _names, _regions;

        public List<Match> Found { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            _docBase = context.DocBase;
            _lengths = context.AtomicReader.GetNumericDocValues(NameLength);
            _names = context.AtomicReader.GetSortedDocValues(SortName);
            _regions = withRegion ? context.AtomicReader.GetSortedDocValues(SortRegion) : null;
        }

        public void Collect(int doc)
        {
            // The segments after the one that filled the list stop at their first match.
            if (Found.Count == limit) throw new CollectionTerminatedException();
            Found.Add(new Match(_docBase + doc, _scorer!.GetScore(), (int)_lengths!.Get(doc), _names!, doc, _regions is null ? null : Read(_regions, doc)));
            if (Found.Count == limit) throw new CollectionTerminatedException();
        }

        public static string Read(SortedDocValues values, int doc)
        {
            var bytes = new BytesRef();
            values.Get(doc, bytes);
            return bytes.Utf8ToString();
        }
    }

    /// <summary>The <paramref name="found"/> organisations that pass the filters and that the reader may see. Publicness,
    /// side and kind are kept as one bit per organisation, computed once per segment of the index, and checked as each
    /// match is found (<paramref name="strategy"/>: by default; a listing, which matches every organisation, walks the
    /// bits set instead); the other filters (a region, a legal form, themes, the few private organisations the reader
    /// sees) are searched with it. No filter, nothing added: a network administrator's search is the words' alone.</summary>
    private Query Filtered(Query found, DirectoryQuery query, DirectoryReader reader, FilteredQuery.FilterStrategy? strategy = null)
    {
        strategy ??= FilteredQuery.QUERY_FIRST_FILTER_STRATEGY;
        if (reader.PublicOnly) found = new FilteredQuery(found, _public, strategy);
        if (query.Side is { } side) found = new FilteredQuery(found, _sides[side], strategy);
        if (query.Kind is { } kind) found = new FilteredQuery(found, _kinds[kind], strategy);
        var others = new BooleanQuery();
        if (!reader.PublicOnly && !reader.SeesAll)
        {
            var visible = new BooleanQuery { { new TermQuery(new Term(IsPublic, "true")), Occur.SHOULD } };
            foreach (var id in reader.Sees) visible.Add(new TermQuery(new Term(Id, id.ToString())), Occur.SHOULD);
            others.Add(visible, Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(query.Region)) others.Add(new TermQuery(new Term(RegionField, query.Region)), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(query.LegalForm)) others.Add(new TermQuery(new Term(LegalFormField, query.LegalForm)), Occur.MUST);
        foreach (var theme in query.Themes ?? []) others.Add(new TermQuery(new Term(Theme, theme)), Occur.MUST);
        return others.Clauses.Count == 0 ? found : new FilteredQuery(found, new QueryWrapperFilter(others));
    }

    /// <summary>A filter on one value of a field, kept per segment of the index as one bit per organisation.</summary>
    private sealed class BitsFilter(string field, string value) : CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(field, value))))
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }

    /// <summary>Applies the change log's entries this index has not applied yet. One query when there are none.</summary>
    private async Task CatchUpAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await IsCurrentAsync(db, cancellationToken)) return;
        await _applying.WaitAsync(cancellationToken);
        try
        {
            // Another search may have applied them while this one waited.
            if (await IsCurrentAsync(db, cancellationToken)) return;
            var position = _position;
            // Entries above the latest this index applied are gone: pruned (DirectoryChangePruning) while it read
            // nothing. What they changed is unknown, so the whole directory is indexed again, once.
            var oldest = await db.DirectoryChanges.MinAsync(c => (long?)c.Sequence, cancellationToken);
            if (oldest > position.Highest + 1 && _writer is not null)
            {
                var count = await FillAsync(db, _writer, cancellationToken);
                _logger.LogInformation("Directory index built again after a gap in the change log: {Count} organisations", count);
                return;
            }
            var changes = await db.DirectoryChanges.AsNoTracking().Where(c => c.Sequence > position.Settled)
                .Select(c => new { c.Sequence, c.OrganisationId }).ToListAsync(cancellationToken);
            var fresh = changes.Where(c => !_applied.Contains(c.Sequence)).ToList();
            await ReindexAsync(db, fresh.Select(c => c.OrganisationId).Distinct().ToList(), cancellationToken);
            var now = _clock.GetTimestamp();
            foreach (var change in fresh)
            {
                _applied.Add(change.Sequence);
                _missing.Remove(change.Sequence);
            }
            var highest = Math.Max(position.Highest, fresh.Count > 0 ? fresh.Max(c => c.Sequence) : 0);
            for (var sequence = position.Highest + 1; sequence < highest; sequence++)
            {
                if (!_applied.Contains(sequence)) _missing.TryAdd(sequence, now);
            }
            Settle(position.Settled, highest);
        }
        finally
        {
            _applying.Release();
        }
    }

    /// <summary>Whether the log holds nothing this index has not applied: its entries above the settled ones are the
    /// applied ones, and the missing ones are still missing.</summary>
    private async Task<bool> IsCurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var position = _position;
        var above = await EntriesAbove(db, position.Settled, cancellationToken);
        return above is null || (above.Latest <= position.Highest && above.Count == position.AppliedAbove);
    }

    /// <summary>How many change log entries there are above a sequence number, and the latest: read before every
    /// search, so compiled once.</summary>
    private static readonly Func<AppDbContext, long, CancellationToken, Task<Entries?>> EntriesAbove = EF.CompileAsyncQuery(
        (AppDbContext db, long settled, CancellationToken _) => db.DirectoryChanges.Where(c => c.Sequence > settled)
            .GroupBy(c => 1).Select(g => new Entries(g.Count(), g.Max(c => c.Sequence))).FirstOrDefault());

    private sealed record Entries(int Count, long Latest);

    /// <summary>Moves the settled mark past every entry applied, and every one missing for longer than
    /// <see cref="GapPatience"/>.</summary>
    private void Settle(long settled, long highest)
    {
        while (settled < highest)
        {
            var next = settled + 1;
            if (_missing.TryGetValue(next, out var since) && _clock.GetElapsedTime(since) < GapPatience) break;
            _missing.Remove(next);
            _applied.Remove(next);
            settled = next;
        }
        _position = new Position(settled, highest, _applied.Count);
    }

    private async Task ReindexAsync(AppDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0 || _writer is null || _searchers is null) return;
        var current = await Indexed(db.Organisations.Where(o => ids.Contains(o.Id))).ToDictionaryAsync(o => o.Id, cancellationToken);
        foreach (var id in ids)
        {
            if (current.TryGetValue(id, out var organisation)) _writer.UpdateDocument(new Term(Id, id.ToString()), Document(organisation));
            else _writer.DeleteDocuments(new Term(Id, id.ToString()));
        }
        Reindexed += ids.Count;
        _searchers.MaybeRefreshBlocking();
    }

    private sealed record IndexedOrganisation(
        Guid Id, string Name, string SearchName, OrganisationKind Kind, Side Side, string Region, string Locality, string LegalForm,
        string Description, bool IsPublic, List<string> Themes);

    private static IQueryable<IndexedOrganisation> Indexed(IQueryable<Organisation> organisations) =>
        organisations.AsNoTracking().Select(o => new IndexedOrganisation(o.Id, o.Name, o.SearchName, o.Kind, o.Side, o.Region, o.Locality,
            o.LegalForm, o.Description, o.IsPublic, o.Themes.Select(t => t.Name).ToList()));

    /// <summary>Words scored by how often they occur and how long the text is; no positions, as no search looks for
    /// words side by side.</summary>
    private static readonly FieldType Scored = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    /// <summary>Words only matched, as the start of the word being typed: which organisations hold them, nothing more.</summary>
    private static readonly FieldType Matched =
        Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static Document Document(IndexedOrganisation o)
    {
        var themes = string.Join(' ', o.Themes.Select(t => ThemeWords.GetValueOrDefault(t) ?? t));
        var text = string.Join(' ', o.Name, themes, o.Region, o.Locality, o.LegalForm, o.Description);
        var document = new Document
        {
            new StringField(Id, o.Id.ToString(), Field.Store.NO),
            new BinaryDocValuesField(Shown, ShownOf(o)),
            new Field(DirectoryAnalysis.Name, o.Name, Scored),
            new Field(DirectoryAnalysis.Written(DirectoryAnalysis.Name), o.Name, Matched),
            new Field(DirectoryAnalysis.Text, text, Scored),
            new Field(DirectoryAnalysis.Written(DirectoryAnalysis.Text), text, Matched),
            new StringField(IsPublic, o.IsPublic ? "true" : "false", Field.Store.NO),
            new StringField(SideField, o.Side.ToString(), Field.Store.NO),
            new StringField(KindField, o.Kind.ToString(), Field.Store.NO),
            new StringField(RegionField, o.Region, Field.Store.NO),
            new StringField(LegalFormField, o.LegalForm, Field.Store.NO),
            new SortedDocValuesField(SortName, new BytesRef(o.SearchName)),
            new SortedDocValuesField(SortRegion, new BytesRef(Organisation.SearchKey(o.Region))),
            new NumericDocValuesField(NameLength, o.Name.Length),
        };
        foreach (var theme in o.Themes) document.Add(new StringField(Theme, theme, Field.Store.NO));
        return document;
    }

    public void Dispose()
    {
        _searchers?.Dispose();
        _writer?.Dispose();
        _directory?.Dispose();
        if (System.IO.Directory.Exists(_folder)) System.IO.Directory.Delete(_folder, recursive: true);
    }
}
