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

    /// <summary>The index, if it is up to date with what <paramref name="db"/> reads, or can be made so quickly;
    /// otherwise null, and the search goes to the database. The connection must be open.</summary>
    public async Task<DirectoryIndexSnapshot?> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!_enabled) return null;
        var version = await ReadVersionAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), cancellationToken);
        if (_snapshot is { } snapshot && snapshot.Version >= version) return snapshot;

        var count = _snapshot?.Count ?? await db.Organisations.CountAsync(cancellationToken);
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
            logger.LogInformation("Directory index rebuilt: {Count} organisations, version {Version}, in {Elapsed} ms",
                snapshot.Count, snapshot.Version, (int)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
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
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var snapshot = await DirectoryIndexSnapshot.ReadAsync(db, cancellationToken);
        _snapshot = snapshot;
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
        var builder = new Builder();
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
        return builder.Build(version);

        DbCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }
    }

    private sealed class Builder
    {
        private readonly List<long> _orders = [];
        private readonly List<byte> _nameLengths = [];
        private readonly List<byte> _publicAndSide = [];
        private readonly List<byte> _kinds = [];
        private readonly Dictionary<string, List<int>> _everywhere = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _names = new(StringComparer.Ordinal);
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _sharedWords = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _themeLists = new(StringComparer.Ordinal);
        private readonly List<Shown> _shown = [];

        public void Add(long order, Guid id, string name, string region, string locality, string legalForm, string description,
            bool isPublic, Side side, OrganisationKind kind, string[] themes)
        {
            var organisation = _orders.Count;
            _orders.Add(order);
            (region, locality, legalForm) = (Shared(region), Shared(locality), Shared(legalForm));
            Array.Sort(themes, StringComparer.Ordinal);
            var themeList = string.Join('\n', themes);
            if (!_themeLists.TryGetValue(themeList, out var sharedThemes)) _themeLists[themeList] = sharedThemes = themes;
            _shown.Add(new Shown(id, name, region, locality, legalForm, sharedThemes));
            _nameLengths.Add((byte)Math.Min(name.Length, DirectorySearch.MaxNameLength));
            _publicAndSide.Add((byte)((isPublic ? PublicFlag : 0) | (side == Side.France ? FranceFlag : 0)));
            _kinds.Add((byte)kind);

            // The name as written and run together ("ESS'ai" is also "essai"), as the full-text tables' "Compact".
            _words.Clear();
            _words.UnionWith(SearchTerms.Tokens(name));
            _words.UnionWith(SearchTerms.Tokens(Organisation.SearchKey(name).Replace("'", "").Replace("-", "")));
            foreach (var word in _words) Posting(_names, word).Add(organisation);
            foreach (var text in themes.Select(t => ThemeWords.GetValueOrDefault(t) ?? t).Append(region).Append(locality).Append(legalForm))
            {
                _words.UnionWith(SharedWords(text));
            }
            _words.UnionWith(SearchTerms.Tokens(description));
            foreach (var word in _words) Posting(_everywhere, word).Add(organisation);
        }

        /// <summary>One instance of each place, legal form or theme, shared by the organisations that have it.</summary>
        public string Shared(string text)
        {
            if (_strings.TryGetValue(text, out var shared)) return shared;
            _strings[text] = text;
            return text;
        }

        // Places, legal forms and themes are shared by many organisations: each is cut into words once.
        private string[] SharedWords(string text)
        {
            if (!_sharedWords.TryGetValue(text, out var words)) _sharedWords[text] = words = SearchTerms.Tokens(text).ToArray();
            return words;
        }

        public DirectoryIndexSnapshot Build(long version)
        {
            var count = _orders.Count;
            var nameLengths = _nameLengths.ToArray();
            // The names' order: shortest first, then by name, as the results rank names.
            var byName = Enumerable.Range(0, count).OrderBy(o => nameLengths[o]).ThenBy(o => o).ToArray();
            var namePositions = new int[count];
            for (var position = 0; position < count; position++) namePositions[byName[position]] = position;
            return new DirectoryIndexSnapshot(version, _orders.ToArray(), nameLengths, _publicAndSide.ToArray(), _kinds.ToArray(), _shown.ToArray(),
                Space.Of(_everywhere, count, null), Space.Of(_names, count, byName, namePositions));
        }

        private static List<int> Posting(Dictionary<string, List<int>> postings, string word)
        {
            if (!postings.TryGetValue(word, out var list)) postings[word] = list = [];
            return list;
        }
    }

    /// <summary>One searched part (the whole directory, or the names): its words in ordinal order, each with the
    /// positions of the organisations that hold it, and which organisation each position stands for (none: the
    /// position is the organisation's).</summary>
    private sealed class Space(string[] words, Posting[] postings, int[]? organisations)
    {
        public int[]? Organisations => organisations;

        public static Space Of(Dictionary<string, List<int>> postings, int count, int[]? organisations, int[]? positions = null)
        {
            var words = postings.Keys.ToArray();
            Array.Sort(words, StringComparer.Ordinal);
            var lists = new Posting[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                var held = postings[words[w]];
                var list = positions is null ? held.ToArray() : held.Select(o => positions[o]).Order().ToArray();
                lists[w] = Posting.Of(list, count);
            }
            return new Space(words, lists, organisations);
        }

        public void Add(string word, ulong[] into)
        {
            var found = Array.BinarySearch(words, word, StringComparer.Ordinal);
            if (found >= 0) postings[found].SetIn(into);
        }

        public void AddPrefix(string prefix, ulong[] into)
        {
            var first = Array.BinarySearch(words, prefix, StringComparer.Ordinal);
            for (var w = first >= 0 ? first : ~first; w < words.Length && words[w].StartsWith(prefix, StringComparison.Ordinal); w++)
            {
                postings[w].SetIn(into);
            }
        }
    }

    private readonly record struct Posting(int[]? Positions, ulong[]? Bits)
    {
        public static Posting Of(int[] positions, int count)
        {
            if (positions.Length < Math.Max(1, count / DenseShare)) return new(positions, null);
            var bits = new ulong[(count + 63) >> 6];
            foreach (var position in positions) bits[position >> 6] |= 1UL << position;
            return new(null, bits);
        }

        public void SetIn(ulong[] into)
        {
            if (Bits is { } bits)
            {
                for (var i = 0; i < bits.Length; i++) into[i] |= bits[i];
                return;
            }
            foreach (var position in Positions!) into[position >> 6] |= 1UL << position;
        }
    }
}
