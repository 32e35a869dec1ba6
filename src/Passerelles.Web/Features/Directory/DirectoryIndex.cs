using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Numerics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Directory;

/// <summary>The directory's words, held in memory so that a search costs microseconds rather than the milliseconds a
/// full-text engine spends merging its lists. It answers only while it holds the database's latest version (the
/// DirectoryVersion migrations: every change to what is searched raises the number in its own transaction). When the
/// version has moved, a small directory is indexed again at once; a large one in the background, its searches going to
/// the database's full-text search meanwhile. Every instance of the application checks the version on every search,
/// so none answers from an index older than the data it can read.</summary>
public sealed class DirectoryIndex(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DirectoryIndex> logger)
{
    /// <summary>Up to this many organisations, a search that finds the index out of date waits for it to be rebuilt
    /// (a few hundred milliseconds at most); past it, the rebuild runs in the background.</summary>
    public const int WaitingBuildLimit = 5_000;

    private readonly bool _enabled = configuration.GetValue("Directory:InMemoryIndex", true);
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile DirectoryIndexSnapshot? _snapshot;
    private int? _lastCount;

    /// <summary>The index, if it is up to date with what <paramref name="db"/> reads, or can be made so quickly;
    /// otherwise null, and the search goes to the database. The connection must be open.</summary>
    public async Task<DirectoryIndexSnapshot?> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!_enabled) return null;
        var version = await ReadVersionAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), cancellationToken);
        if (_snapshot is { } snapshot && snapshot.Version >= version) return snapshot;

        var count = _lastCount ?? await db.Organisations.CountAsync(cancellationToken);
        if (count > WaitingBuildLimit)
        {
            StartRebuild();
            return null;
        }
        await _building.WaitAsync(cancellationToken);
        try
        {
            // Another search may have rebuilt it while this one waited.
            if (_snapshot is not { } current || current.Version < version) current = await ReadAsync(cancellationToken);
            return current.Version >= version ? current : null;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Rebuilds the index in the background, unless a rebuild is under way.</summary>
    public void StartRebuild()
    {
        if (_enabled && _building.Wait(0)) _ = Task.Run(RebuildInBackgroundAsync, CancellationToken.None);
    }

    /// <summary>Rebuilds the index now, after any rebuild under way.</summary>
    public async Task<DirectoryIndexSnapshot> RebuildAsync(CancellationToken cancellationToken)
    {
        await _building.WaitAsync(cancellationToken);
        try
        {
            return await ReadAsync(cancellationToken);
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task RebuildInBackgroundAsync()
    {
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            var snapshot = await ReadAsync(CancellationToken.None);
            logger.LogInformation("Directory index rebuilt: {Count} organisations, {Words} words, version {Version}, in {Elapsed} ms",
                snapshot.Count, snapshot.WordCount, snapshot.Version, (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception)
        {
            // Searches keep going to the database; the next one tries again.
            logger.LogError(exception, "The directory index could not be rebuilt");
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<DirectoryIndexSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        // An index that is out of date answers nothing: let it go before building the next, rather than hold both.
        _snapshot = null;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var snapshot = await DirectoryIndexSnapshot.ReadAsync(db, cancellationToken);
        (_snapshot, _lastCount) = (snapshot, snapshot.Count);
        // Building a large index leaves behind several times its size in working lists, and the previous index: given
        // back to the system at once, rather than kept by the collector as room to grow into. Rebuilds follow changes
        // to the directory, so this is rare.
        if (snapshot.Count > WaitingBuildLimit) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return snapshot;
    }

    internal static async Task<long> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT "Value" FROM "DirectoryVersion" WHERE "Id" = 1""";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}

/// <summary>One version of the directory's words: for each word, the organisations that hold it, in name order (the
/// whole directory) or shortest name first (the names), as a list or, for a word held by many, as a bit set. A search
/// sets the bits of each of its words and keeps those they share, then reads them in order until the limit.</summary>
public sealed class DirectoryIndexSnapshot
{
    /// <summary>A word held by this share of the organisations or more is kept as a bit set: no larger than its list
    /// would be, and merged 64 organisations at a time.</summary>
    private const int DenseShare = 32;

    /// <summary>The words the priority themes are found by, besides their stored names (as the full-text tables index
    /// them: DirectorySearchThemeWords on SQLite, directory_search_document on PostgreSQL).</summary>
    private static readonly Dictionary<string, string> ThemeWords = new(StringComparer.Ordinal)
    {
        ["Innovation"] = "Innovation innovation sociale",
        ["Youth"] = "Youth jeunesse jeunes",
        ["Digital"] = "Digital numérique",
        ["GenderEquality"] = "Gender equality égalité femmes-hommes parité",
    };

    private const byte PublicFlag = 1, FranceFlag = 2;

    // By organisation, in name order: what a search filters and orders by, and what its results show.
    private readonly long[] _orders;
    private readonly byte[] _nameLengths;
    private readonly byte[] _publicAndSide;
    private readonly byte[] _kinds;
    private readonly Shown[] _shown;
    private readonly Space _everywhere;
    private readonly Space _names;

    public long Version { get; }

    public int Count => _orders.Length;

    /// <summary>How many different words the directory holds.</summary>
    public int WordCount => _everywhere.WordCount;

    private DirectoryIndexSnapshot(long version, long[] orders, byte[] nameLengths, byte[] publicAndSide, byte[] kinds, Shown[] shown, Space everywhere, Space names)
    {
        Version = version;
        _orders = orders;
        _nameLengths = nameLengths;
        _publicAndSide = publicAndSide;
        _kinds = kinds;
        _shown = shown;
        _everywhere = everywhere;
        _names = names;
    }

    /// <summary>What a result shows of an organisation; places, legal forms and theme lists are shared between
    /// organisations (themes in ordinal order, as the results list them).</summary>
    private readonly record struct Shown(Guid Id, string Name, string Region, string Locality, string LegalForm, string[] Themes);

    /// <summary>The shown fields of the organisations of the given name orders, in that order, as the database would
    /// give them (<see cref="DirectoryQuery"/>).</summary>
    public IReadOnlyList<DirectoryQuery.Row> Rows(IEnumerable<long> orders) =>
        orders.Select(order => Array.BinarySearch(_orders, order)).Where(o => o >= 0).Select(o =>
        {
            var shown = _shown[o];
            return new DirectoryQuery.Row(shown.Id, shown.Name, (OrganisationKind)_kinds[o], (_publicAndSide[o] & FranceFlag) != 0 ? Side.France : Side.Quebec,
                shown.Region, shown.Locality, shown.LegalForm, [.. shown.Themes]);
        }).ToList();

    /// <summary>As <see cref="DirectorySearch.OrdersAsync"/> answers from the full-text tables: the name orders of
    /// the first <paramref name="limit"/> organisations whose <paramref name="scope"/> holds every word and that pass
    /// the <paramref name="filters"/>, by name for <see cref="SearchScope.Everywhere"/>, shortest name first for
    /// <see cref="SearchScope.Name"/> (with the name's length, up to <see cref="DirectorySearch.MaxNameLength"/>).</summary>
    public List<(long Order, int NameLength)> Orders(SearchTerms terms, SearchScope scope, SearchFilters filters, int limit)
    {
        if (terms.IsEmpty) throw new ArgumentException("Search with at least one word.", nameof(terms));
        var space = scope == SearchScope.Name ? _names : _everywhere;
        var length = (Count + 63) >> 6;
        var matches = ArrayPool<ulong>.Shared.Rent(length);
        var word = ArrayPool<ulong>.Shared.Rent(length);
        try
        {
            var first = true;
            foreach (var (typed, forms, isPrefix) in terms.Clauses())
            {
                var target = first ? matches : word;
                Array.Clear(target, 0, length);
                foreach (var form in forms) space.Add(form, target);
                if (isPrefix) space.AddPrefix(typed, target);
                if (!first)
                {
                    for (var i = 0; i < length; i++) matches[i] &= word[i];
                }
                first = false;
            }
            return Read(matches, length);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(matches);
            ArrayPool<ulong>.Shared.Return(word);
        }

        List<(long Order, int NameLength)> Read(ulong[] bits, int length)
        {
            var found = new List<(long, int)>();
            for (var i = 0; i < length; i++)
            {
                for (var set = bits[i]; set != 0; set &= set - 1)
                {
                    var position = (i << 6) + BitOperations.TrailingZeroCount(set);
                    var organisation = space.Organisations?[position] ?? position;
                    if (!Passes(organisation, filters)) continue;
                    found.Add((_orders[organisation], scope == SearchScope.Name ? _nameLengths[organisation] : 0));
                    if (found.Count == limit) return found;
                }
            }
            return found;
        }
    }

    private bool Passes(int organisation, SearchFilters filters)
    {
        var flags = _publicAndSide[organisation];
        if (filters.PublicOnly && (flags & PublicFlag) == 0) return false;
        if (filters.Side is { } side && ((flags & FranceFlag) != 0) != (side == Side.France)) return false;
        return filters.Kind is not { } kind || _kinds[organisation] == (byte)kind;
    }

    /// <summary>Reads every organisation and the version they are at, in one consistent view of the database: a
    /// transaction that writers neither wait for nor change under it.</summary>
    internal static async Task<DirectoryIndexSnapshot> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var version = await DirectoryIndex.ReadVersionAsync(connection, transaction, cancellationToken);

        // Themes by organisation first: looking each one's organisation up would cost more than reading them all.
        var builder = new Builder(Convert.ToInt32(await Command("""SELECT count(*) FROM "Organisations" """).ExecuteScalarAsync(cancellationToken)));
        var themes = new Dictionary<Guid, string[]>();
        await using (var command = Command("""SELECT "OrganisationId", "Name" FROM "OrganisationThemes" """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var organisation = reader.GetGuid(0);
                themes[organisation] = [.. themes.GetValueOrDefault(organisation) ?? [], builder.Shared(reader.GetString(1))];
            }
        }

        await using (var command = Command("""
            SELECT "NameOrder", "Name", "Region", "Locality", "LegalForm", "Description", "IsPublic", "Side", "Kind", "Id"
            FROM "Organisations" ORDER BY "NameOrder"
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetGuid(9);
                builder.Add(reader.GetInt64(0), id, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetBoolean(6), Enum.Parse<Side>(reader.GetString(7)), Enum.Parse<OrganisationKind>(reader.GetString(8)),
                    themes.GetValueOrDefault(id) ?? []);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        // The reading's state can outlive it (a database client may keep hold of its last operation, and with it this
        // method's variables): its working lists are emptied rather than left to it.
        themes.Clear();
        themes.TrimExcess();
        return builder.Build(version);

        DbCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }
    }

    /// <summary>Gathers the organisations one by one, each as the numbers of the words it holds, then lays the lists
    /// out once their lengths are known: no list grows by copies, so a rebuild needs little more memory than the index
    /// it builds.</summary>
    private sealed class Builder(int count)
    {
        private readonly long[] _orders = new long[count];
        private readonly byte[] _nameLengths = new byte[count];
        private readonly byte[] _publicAndSide = new byte[count];
        private readonly byte[] _kinds = new byte[count];
        private readonly Shown[] _shown = new Shown[count];
        private int _count;
        private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];
        private readonly Numbers _everywhere = new();
        private readonly Numbers _names = new();
        private readonly HashSet<int> _held = [];
        private readonly Dictionary<string, int[]> _sharedWords = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _themeLists = new(StringComparer.Ordinal);

        public void Add(long order, Guid id, string name, string region, string locality, string legalForm, string description,
            bool isPublic, Side side, OrganisationKind kind, string[] themes)
        {
            var organisation = _count++;
            _orders[organisation] = order;
            _nameLengths[organisation] = (byte)Math.Min(name.Length, DirectorySearch.MaxNameLength);
            _publicAndSide[organisation] = (byte)((isPublic ? PublicFlag : 0) | (side == Side.France ? FranceFlag : 0));
            _kinds[organisation] = (byte)kind;
            (region, locality, legalForm) = (Shared(region), Shared(locality), Shared(legalForm));
            Array.Sort(themes, StringComparer.Ordinal);
            var themeList = string.Join('\n', themes);
            if (!_themeLists.TryGetValue(themeList, out var sharedThemes)) _themeLists[themeList] = sharedThemes = themes;
            _shown[organisation] = new Shown(id, name, region, locality, legalForm, sharedThemes);

            // The name as written and run together ("ESS'ai" is also "essai"), as the full-text tables' "Compact".
            _held.Clear();
            foreach (var word in SearchTerms.Tokens(name)) _held.Add(Number(word));
            foreach (var word in SearchTerms.Tokens(Organisation.SearchKey(name).Replace("'", "").Replace("-", ""))) _held.Add(Number(word));
            _names.AddOrganisation(_held);
            foreach (var text in themes.Select(t => ThemeWords.GetValueOrDefault(t) ?? t).Append(region).Append(locality).Append(legalForm))
            {
                _held.UnionWith(SharedWords(text));
            }
            foreach (var word in SearchTerms.Tokens(description)) _held.Add(Number(word));
            _everywhere.AddOrganisation(_held);
        }

        /// <summary>One instance of each place, legal form or theme, shared by the organisations that have it.</summary>
        public string Shared(string text)
        {
            if (_strings.TryGetValue(text, out var shared)) return shared;
            _strings[text] = text;
            return text;
        }

        private int Number(string word)
        {
            if (_vocabulary.TryGetValue(word, out var number)) return number;
            _vocabulary[word] = number = _words.Count;
            _words.Add(word);
            return number;
        }

        // Places, legal forms and themes are shared by many organisations: each is cut into words once.
        private int[] SharedWords(string text)
        {
            if (!_sharedWords.TryGetValue(text, out var words)) _sharedWords[text] = words = SearchTerms.Tokens(text).Select(Number).ToArray();
            return words;
        }

        public DirectoryIndexSnapshot Build(long version)
        {
            // Counted and read in one transaction: the two agree.
            if (_count != count) throw new InvalidOperationException($"{_count} organisations read, {count} counted.");
            // The names' order: shortest first, then by name (the organisations are in name order already).
            var byName = Enumerable.Range(0, count).OrderBy(o => _nameLengths[o]).ToArray();
            var alphabetical = Enumerable.Range(0, _words.Count).Order(Comparer<int>.Create((a, b) => string.CompareOrdinal(_words[a], _words[b]))).ToArray();
            var snapshot = new DirectoryIndexSnapshot(version, _orders, _nameLengths, _publicAndSide, _kinds, _shown,
                Space.Of(_everywhere, _words, alphabetical, count, null), Space.Of(_names, _words, alphabetical, count, byName));
            // Whatever still refers to the builder keeps none of its working lists.
            _everywhere.Clear();
            _names.Clear();
            _vocabulary.Clear();
            _vocabulary.TrimExcess();
            _words.Clear();
            _words.TrimExcess();
            _sharedWords.Clear();
            _strings.Clear();
            _themeLists.Clear();
            return snapshot;
        }
    }

    /// <summary>The numbers of the words each organisation holds, one organisation after another, in blocks that are
    /// never copied.</summary>
    private sealed class Numbers
    {
        private const int BlockBits = 16;
        private readonly List<int[]> _blocks = [];
        private readonly List<int> _ends = [];

        public int Count { get; private set; }

        public void Clear()
        {
            _blocks.Clear();
            _blocks.TrimExcess();
            _ends.Clear();
            _ends.TrimExcess();
            Count = 0;
        }

        public void AddOrganisation(IEnumerable<int> words)
        {
            foreach (var word in words)
            {
                if ((Count & ((1 << BlockBits) - 1)) == 0) _blocks.Add(new int[1 << BlockBits]);
                _blocks[^1][Count & ((1 << BlockBits) - 1)] = word;
                Count++;
            }
            _ends.Add(Count);
        }

        /// <summary>The words of one organisation.</summary>
        public IEnumerable<int> Of(int organisation)
        {
            for (var i = organisation == 0 ? 0 : _ends[organisation - 1]; i < _ends[organisation]; i++)
            {
                yield return _blocks[i >> BlockBits][i & ((1 << BlockBits) - 1)];
            }
        }

        public int[] Counts(int words)
        {
            var counts = new int[words];
            for (var i = 0; i < Count; i++) counts[_blocks[i >> BlockBits][i & ((1 << BlockBits) - 1)]]++;
            return counts;
        }
    }

    /// <summary>One searched part (the whole directory, or the names): its words in ordinal order, each with the
    /// positions of the organisations that hold it, and which organisation each position stands for (none: the
    /// position is the organisation's). The lists of all words but the common ones lie one after another in a single
    /// array.</summary>
    private sealed class Space(string[] words, Posting[] postings, int[] positions, int[]? organisations)
    {
        public int[]? Organisations => organisations;

        public int WordCount => words.Length;

        public static Space Of(Numbers held, List<string> words, int[] alphabetical, int count, int[]? organisations)
        {
            var counts = held.Counts(words.Count);
            var dense = Math.Max(1, count / DenseShare);
            var kept = alphabetical.Where(w => counts[w] > 0).ToArray();
            var postings = new Posting[words.Count];
            var length = 0;
            foreach (var word in kept)
            {
                if (counts[word] >= dense) postings[word] = new Posting(0, 0, new ulong[(count + 63) >> 6]);
                else (postings[word], length) = (new Posting(length, 0, null), length + counts[word]);
            }
            // Position by position, so that every list comes out in order.
            var positions = new int[length];
            for (var position = 0; position < count; position++)
            {
                foreach (var word in held.Of(organisations?[position] ?? position))
                {
                    ref var posting = ref postings[word];
                    if (posting.Bits is { } bits) bits[position >> 6] |= 1UL << position;
                    else positions[posting.Start + posting.Length++] = position;
                }
            }
            return new Space(kept.Select(w => words[w]).ToArray(), kept.Select(w => postings[w]).ToArray(), positions, organisations);
        }

        public void Add(string word, ulong[] into)
        {
            var found = Array.BinarySearch(words, word, StringComparer.Ordinal);
            if (found >= 0) postings[found].SetIn(positions, into);
        }

        public void AddPrefix(string prefix, ulong[] into)
        {
            var first = Array.BinarySearch(words, prefix, StringComparer.Ordinal);
            for (var w = first >= 0 ? first : ~first; w < words.Length && words[w].StartsWith(prefix, StringComparison.Ordinal); w++)
            {
                postings[w].SetIn(positions, into);
            }
        }
    }

    /// <summary>The organisations holding a word: a run of the space's positions or, for a common word, a bit set.</summary>
    private struct Posting(int start, int length, ulong[]? bits)
    {
        public readonly int Start = start;
        public int Length = length;
        public readonly ulong[]? Bits = bits;

        public readonly void SetIn(int[] positions, ulong[] into)
        {
            if (Bits is { } set)
            {
                for (var i = 0; i < set.Length; i++) into[i] |= set[i];
                return;
            }
            foreach (var position in positions.AsSpan(Start, Length)) into[position >> 6] |= 1UL << position;
        }
    }
}
