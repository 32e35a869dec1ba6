using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Numerics;
using System.Text;
using System.Text.Json;
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

    // By organisation, in name order: what a search filters and orders by, and what its results show. Names are held
    // in UTF-8, and places, legal forms and theme lists as the numbers of instances the organisations share: a
    // quarter of what a string and a reference per field would take.
    private readonly long[] _orders;
    private readonly byte[] _nameLengths;
    private readonly byte[] _publicAndSide;
    private readonly byte[] _kinds;
    private readonly Guid[] _ids;
    private readonly PackedTexts<byte> _names;
    private readonly int[] _regions;
    private readonly int[] _localities;
    private readonly int[] _legalForms;
    private readonly int[] _themeLists;
    private readonly string[] _texts;
    private readonly string[][] _themes;

    // Every word in ordinal order, and where the whole directory and the names hold it.
    private readonly PackedTexts<char> _words;
    private readonly Space _everywhere;
    private readonly Space _inNames;

    public long Version { get; }

    public int Count => _orders.Length;

    /// <summary>How many different words the directory holds.</summary>
    public int WordCount => _words.Count;

    private DirectoryIndexSnapshot(long version, Builder built, PackedTexts<char> words, Space everywhere, Space inNames)
    {
        Version = version;
        (_orders, _nameLengths, _publicAndSide, _kinds, _ids, _names) = (built.Orders, built.NameLengths, built.PublicAndSide, built.Kinds, built.Ids, built.Names);
        (_regions, _localities, _legalForms, _themeLists) = (built.Regions, built.Localities, built.LegalForms, built.ThemeLists);
        (_texts, _themes) = (built.Texts.ToArray(), built.Themes.ToArray());
        (_words, _everywhere, _inNames) = (words, everywhere, inNames);
    }

    /// <summary>The shown fields of the organisations of the given name orders, in that order, as the database would
    /// give them (<see cref="DirectoryQuery"/>; themes in ordinal order).</summary>
    public IReadOnlyList<DirectoryQuery.Row> Rows(IEnumerable<long> orders) =>
        orders.Select(order => Array.BinarySearch(_orders, order)).Where(o => o >= 0).Select(o =>
            new DirectoryQuery.Row(_ids[o], Encoding.UTF8.GetString(_names[o]), (OrganisationKind)_kinds[o],
                (_publicAndSide[o] & FranceFlag) != 0 ? Side.France : Side.Quebec,
                _texts[_regions[o]], _texts[_localities[o]], _texts[_legalForms[o]], [.. _themes[_themeLists[o]]])).ToList();

    /// <summary>As <see cref="DirectorySearch.OrdersAsync"/> answers from the full-text tables: the name orders of
    /// the first <paramref name="limit"/> organisations whose <paramref name="scope"/> holds every word and that pass
    /// the <paramref name="filters"/>, by name for <see cref="SearchScope.Everywhere"/>, shortest name first for
    /// <see cref="SearchScope.Name"/> (with the name's length, up to <see cref="DirectorySearch.MaxNameLength"/>).</summary>
    public List<(long Order, int NameLength)> Orders(SearchTerms terms, SearchScope scope, SearchFilters filters, int limit)
    {
        if (terms.IsEmpty) throw new ArgumentException("Search with at least one word.", nameof(terms));
        var space = scope == SearchScope.Name ? _inNames : _everywhere;
        var length = (Count + 63) >> 6;
        var matches = ArrayPool<ulong>.Shared.Rent(length);
        var unit = ArrayPool<ulong>.Shared.Rent(length);
        var way = ArrayPool<ulong>.Shared.Rent(length);
        var word = ArrayPool<ulong>.Shared.Rent(length);
        try
        {
            var first = true;
            foreach (var ways in terms.Clauses())
            {
                // A unit matches in any of its ways; a way, when all its words do.
                var target = first ? matches : unit;
                Array.Clear(target, 0, length);
                foreach (var clauses in ways)
                {
                    for (var c = 0; c < clauses.Count; c++)
                    {
                        var into = c == 0 ? way : word;
                        Array.Clear(into, 0, length);
                        var (typed, forms, isPrefix) = clauses[c];
                        foreach (var form in forms)
                        {
                            var found = _words.IndexOf(form);
                            if (found >= 0) space.Add(found, into);
                        }
                        if (isPrefix)
                        {
                            for (var w = _words.LowerBound(typed); w < _words.Count && _words[w].StartsWith(typed); w++) space.Add(w, into);
                        }
                        if (c > 0)
                        {
                            for (var i = 0; i < length; i++) way[i] &= word[i];
                        }
                    }
                    for (var i = 0; i < length; i++) target[i] |= way[i];
                }
                if (!first)
                {
                    for (var i = 0; i < length; i++) matches[i] &= unit[i];
                }
                first = false;
            }
            return Read(matches, length);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(matches);
            ArrayPool<ulong>.Shared.Return(unit);
            ArrayPool<ulong>.Shared.Return(way);
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
        if ((flags & PublicFlag) == 0 && !filters.Reader.MayFind(_ids[organisation], isPublic: false)) return false;
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

        var builder = new Builder(Convert.ToInt32(await Command("""SELECT count(*) FROM "Organisations" """).ExecuteScalarAsync(cancellationToken)));
        // Each organisation's themes as a JSON array, read with it: no table of all the themes by organisation to hold.
        var themes = connection is SqliteConnection ? """json_group_array(t."Name")""" : """json_agg(t."Name")::text""";
        await using (var command = Command($"""
            SELECT o."NameOrder", o."Name", o."Region", o."Locality", o."LegalForm", o."Description", o."IsPublic", o."Side", o."Kind", o."Id",
                (SELECT {themes} FROM "OrganisationThemes" t WHERE t."OrganisationId" = o."Id")
            FROM "Organisations" o ORDER BY o."NameOrder"
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                builder.Add(reader.GetInt64(0), reader.GetGuid(9), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetBoolean(6), Enum.Parse<Side>(reader.GetString(7)), Enum.Parse<OrganisationKind>(reader.GetString(8)),
                    reader.IsDBNull(10) ? [] : JsonSerializer.Deserialize<string[]>(reader.GetString(10)) ?? []);
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

    /// <summary>Gathers the organisations one by one, each as the numbers of the words it holds, then lays the lists
    /// out once their lengths are known: no list grows by copies, the words are never held as strings, and the vocabulary
    /// is let go before the lists are laid out, so a rebuild needs little more memory than the index it builds.</summary>
    private sealed class Builder(int count)
    {
        public readonly long[] Orders = new long[count];
        public readonly byte[] NameLengths = new byte[count];
        public readonly byte[] PublicAndSide = new byte[count];
        public readonly byte[] Kinds = new byte[count];
        public readonly Guid[] Ids = new Guid[count];
        public readonly PackedTexts<byte> Names = new(count);
        public readonly int[] Regions = new int[count];
        public readonly int[] Localities = new int[count];
        public readonly int[] LegalForms = new int[count];
        public readonly int[] ThemeLists = new int[count];
        public readonly List<string> Texts = [];
        public readonly List<string[]> Themes = [];

        private int _count;
        private readonly Vocabulary _vocabulary = new(count);
        private readonly Numbers _everywhere = new();
        private readonly Numbers _names = new();
        private readonly HashSet<int> _held = [];
        private readonly Dictionary<string, int[]> _sharedWords = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _textNumbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _themeListNumbers = new(StringComparer.Ordinal);

        public void Add(long order, Guid id, string name, string region, string locality, string legalForm, string description,
            bool isPublic, Side side, OrganisationKind kind, string[] themes)
        {
            var organisation = _count++;
            Orders[organisation] = order;
            NameLengths[organisation] = (byte)Math.Min(name.Length, DirectorySearch.MaxNameLength);
            PublicAndSide[organisation] = (byte)((isPublic ? PublicFlag : 0) | (side == Side.France ? FranceFlag : 0));
            Kinds[organisation] = (byte)kind;
            Ids[organisation] = id;
            Encoding.UTF8.GetBytes(name, Names.Append(Encoding.UTF8.GetByteCount(name)));
            (Regions[organisation], Localities[organisation], LegalForms[organisation]) = (Text(region), Text(locality), Text(legalForm));
            Array.Sort(themes, StringComparer.Ordinal);
            var themeList = string.Join('\n', themes);
            if (!_themeListNumbers.TryGetValue(themeList, out var themesNumber))
            {
                _themeListNumbers[themeList] = themesNumber = Themes.Count;
                Themes.Add([.. themes.Select(Shared)]);
            }
            ThemeLists[organisation] = themesNumber;

            // The name as written and run together ("ESS'ai" is also "essai"), as the full-text tables' "Compact".
            _held.Clear();
            var folded = Organisation.SearchKey(name);
            AddWords(folded);
            AddWords(SearchTerms.RunTogether(folded));
            _names.AddOrganisation(_held);
            foreach (var text in themes.Select(t => ThemeWords.GetValueOrDefault(t) ?? t).Append(region).Append(locality).Append(legalForm))
            {
                _held.UnionWith(SharedWords(text));
            }
            AddWords(Organisation.SearchKey(description));
            _everywhere.AddOrganisation(_held);
        }

        /// <summary>One instance of each theme name, shared by the lists that hold it.</summary>
        private string Shared(string text)
        {
            if (_strings.TryGetValue(text, out var shared)) return shared;
            _strings[text] = text;
            return text;
        }

        /// <summary>The number of a place or legal form, shared by the organisations that have it.</summary>
        private int Text(string text)
        {
            if (_textNumbers.TryGetValue(text, out var number)) return number;
            _textNumbers[text] = number = Texts.Count;
            Texts.Add(text);
            return number;
        }

        private void AddWords(string folded)
        {
            foreach (var word in SearchTerms.WordRanges(folded)) _held.Add(_vocabulary.Number(folded.AsSpan()[word]));
        }

        // Places, legal forms and themes are shared by many organisations: each is cut into words once.
        private int[] SharedWords(string text)
        {
            if (!_sharedWords.TryGetValue(text, out var words))
            {
                _sharedWords[text] = words = SearchTerms.Tokens(text).Select(word => _vocabulary.Number(word)).ToArray();
            }
            return words;
        }

        public DirectoryIndexSnapshot Build(long version)
        {
            // Counted and read in one transaction: the two agree.
            if (_count != count) throw new InvalidOperationException($"{_count} organisations read, {count} counted.");
            // The names' order: shortest first, then by name (the organisations are in name order already).
            var byName = Enumerable.Range(0, count).OrderBy(o => NameLengths[o]).ToArray();

            // The words in ordinal order; the vocabulary they were gathered in goes before the lists are laid out.
            var alphabetical = _vocabulary.Alphabetical();
            var words = new PackedTexts<char>(alphabetical.Length);
            var rank = new int[alphabetical.Length];
            for (var i = 0; i < alphabetical.Length; i++)
            {
                rank[alphabetical[i]] = i;
                var word = _vocabulary[alphabetical[i]];
                word.CopyTo(words.Append(word.Length));
            }
            _vocabulary.Clear();
            _sharedWords.Clear();

            var everywhere = Space.Of(_everywhere, rank, count, null);
            _everywhere.Clear();
            var inNames = Space.Of(_names, rank, count, byName);
            _names.Clear();
            _strings.Clear();
            _textNumbers.Clear();
            _themeListNumbers.Clear();
            return new DirectoryIndexSnapshot(version, this, words, everywhere, inNames);
        }
    }

    /// <summary>The words met so far, each under its number, packed, and found from a part of a text without making a
    /// string of it.</summary>
    private sealed class Vocabulary : IEqualityComparer<int>, IAlternateEqualityComparer<ReadOnlySpan<char>, int>
    {
        private PackedTexts<char> _words;
        private readonly HashSet<int> _numbers;
        private readonly HashSet<int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Vocabulary(int capacity)
        {
            _words = new(capacity);
            _numbers = new(this);
            _lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public ReadOnlySpan<char> this[int number] => _words[number];

        public int Number(ReadOnlySpan<char> word)
        {
            if (_lookup.TryGetValue(word, out var number)) return number;
            _lookup.Add(word);
            return _words.Count - 1;
        }

        /// <summary>The words' numbers, in the words' ordinal order.</summary>
        public int[] Alphabetical()
        {
            var numbers = Enumerable.Range(0, _words.Count).ToArray();
            Array.Sort(numbers, Comparer<int>.Create((a, b) => _words[a].SequenceCompareTo(_words[b])));
            return numbers;
        }

        public void Clear()
        {
            _numbers.Clear();
            _numbers.TrimExcess();
            _words = new(0);
        }

        // Two numbers are two words: a number equals itself only.
        public bool Equals(int x, int y) => x == y;

        public int GetHashCode(int number) => string.GetHashCode(_words[number]);

        public bool Equals(ReadOnlySpan<char> word, int number) => word.SequenceEqual(_words[number]);

        public int GetHashCode(ReadOnlySpan<char> word) => string.GetHashCode(word);

        public int Create(ReadOnlySpan<char> word)
        {
            word.CopyTo(_words.Append(word.Length));
            return _words.Count - 1;
        }
    }

    /// <summary>The numbers of the words each organisation holds, one organisation after another, in blocks that are
    /// never copied: in increasing order, each written as its difference from the previous one, seven bits a byte.
    /// Most take one or two bytes rather than an int's four.</summary>
    private sealed class Numbers
    {
        private const int BlockBits = 16;
        private const int BlockMask = (1 << BlockBits) - 1;
        private readonly List<byte[]> _blocks = [];
        private readonly List<int> _ends = [];
        private int[] _sorted = new int[64];
        private int _length;

        public void Clear()
        {
            _blocks.Clear();
            _blocks.TrimExcess();
            _ends.Clear();
            _ends.TrimExcess();
            _length = 0;
        }

        public void AddOrganisation(HashSet<int> words)
        {
            if (_sorted.Length < words.Count) _sorted = new int[Math.Max(words.Count, _sorted.Length * 2)];
            words.CopyTo(_sorted);
            var sorted = _sorted.AsSpan(0, words.Count);
            sorted.Sort();
            var previous = 0;
            foreach (var number in sorted)
            {
                var rest = (uint)(number - previous);
                for (; rest >= 0x80; rest >>= 7) Write((byte)(rest | 0x80));
                Write((byte)rest);
                previous = number;
            }
            _ends.Add(_length);
        }

        private void Write(byte value)
        {
            if ((_length & BlockMask) == 0) _blocks.Add(new byte[1 << BlockBits]);
            _blocks[_length >> BlockBits][_length & BlockMask] = value;
            _length++;
        }

        /// <summary>The words of one organisation.</summary>
        public IEnumerable<int> Of(int organisation)
        {
            var number = 0;
            for (var i = organisation == 0 ? 0 : _ends[organisation - 1]; i < _ends[organisation];)
            {
                var difference = 0;
                for (var shift = 0; ; shift += 7)
                {
                    var next = _blocks[i >> BlockBits][i & BlockMask];
                    i++;
                    difference |= (next & 0x7F) << shift;
                    if (next < 0x80) break;
                }
                number += difference;
                yield return number;
            }
        }

        public int[] Counts(int words)
        {
            var counts = new int[words];
            for (var organisation = 0; organisation < _ends.Count; organisation++)
            {
                foreach (var number in Of(organisation)) counts[number]++;
            }
            return counts;
        }
    }

    /// <summary>One searched part (the whole directory, or the names): for each word of the snapshot, in ordinal
    /// order, the positions of the organisations that hold it (a run of one array, or a bit set for a common word),
    /// and which organisation each position stands for (none: the position is the organisation's).</summary>
    private sealed class Space(int[] starts, int[] positions, Dictionary<int, ulong[]> common, int[]? organisations)
    {
        public int[]? Organisations => organisations;

        /// <summary>Lays out the lists of the words <paramref name="held"/>, each word's number standing at its
        /// <paramref name="rank"/> in ordinal order.</summary>
        public static Space Of(Numbers held, int[] rank, int count, int[]? organisations)
        {
            var counts = held.Counts(rank.Length);
            var threshold = Math.Max(1, count / DenseShare);
            var common = new Dictionary<int, ulong[]>();
            var starts = new int[rank.Length + 1];
            for (var number = 0; number < rank.Length; number++)
            {
                if (counts[number] >= threshold) common[rank[number]] = new ulong[(count + 63) >> 6];
                else starts[rank[number] + 1] = counts[number];
            }
            for (var w = 0; w < rank.Length; w++) starts[w + 1] += starts[w];
            // Where each word's next position goes, by the word's number (the counts are not needed any more).
            var next = counts;
            for (var number = 0; number < rank.Length; number++) next[number] = common.ContainsKey(rank[number]) ? -1 : starts[rank[number]];

            // Position by position, so that every list comes out in order.
            var positions = new int[starts[^1]];
            for (var position = 0; position < count; position++)
            {
                foreach (var number in held.Of(organisations?[position] ?? position))
                {
                    if (next[number] >= 0) positions[next[number]++] = position;
                    else common[rank[number]][position >> 6] |= 1UL << position;
                }
            }
            return new Space(starts, positions, common, organisations);
        }

        /// <summary>Sets the bits of the organisations holding the word of ordinal rank <paramref name="word"/>.</summary>
        public void Add(int word, ulong[] into)
        {
            if (common.TryGetValue(word, out var set))
            {
                for (var i = 0; i < set.Length; i++) into[i] |= set[i];
                return;
            }
            foreach (var position in positions.AsSpan(starts[word], starts[word + 1] - starts[word])) into[position >> 6] |= 1UL << position;
        }
    }

    /// <summary>Texts laid one after another in blocks that are never copied, without the header and padding of a
    /// string object each: names in UTF-8 take about a third of the memory their strings would.</summary>
    private sealed class PackedTexts<T>(int capacity) where T : unmanaged, IEquatable<T>, IComparable<T>
    {
        // A text's address: its block, then its offset in the block. A block holds up to 2^18 elements, or one text
        // longer than that; the first blocks are smaller, so a small directory takes little.
        private const int OffsetBits = 18;
        private const int FirstBlockLength = 1 << 12;
        private readonly List<T[]> _blocks = [];
        private int[] _addresses = new int[capacity];
        private int[] _lengths = new int[capacity];
        private int _used;

        public int Count { get; private set; }

        public ReadOnlySpan<T> this[int index] =>
            _blocks[_addresses[index] >> OffsetBits].AsSpan(_addresses[index] & ((1 << OffsetBits) - 1), _lengths[index]);

        /// <summary>Room for the next text, <paramref name="length"/> elements long, for the caller to fill.</summary>
        public Span<T> Append(int length)
        {
            if (_blocks.Count == 0 || _used + length > _blocks[^1].Length)
            {
                var next = _blocks.Count == 0 ? FirstBlockLength : Math.Min(_blocks[^1].Length * 2, 1 << OffsetBits);
                _blocks.Add(new T[Math.Max(length, next)]);
                _used = 0;
            }
            if (Count == _addresses.Length)
            {
                Array.Resize(ref _addresses, Math.Max(16, Count * 2));
                Array.Resize(ref _lengths, _addresses.Length);
            }
            _addresses[Count] = ((_blocks.Count - 1) << OffsetBits) | _used;
            _lengths[Count] = length;
            Count++;
            _used += length;
            return _blocks[^1].AsSpan(_used - length, length);
        }

        /// <summary>The first text at or after <paramref name="key"/>, the texts being in ordinal order.</summary>
        public int LowerBound(ReadOnlySpan<T> key)
        {
            var (low, high) = (0, Count);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (this[middle].SequenceCompareTo(key) < 0) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        /// <summary>Where <paramref name="key"/> is, the texts being in ordinal order; -1 if it is not there.</summary>
        public int IndexOf(ReadOnlySpan<T> key)
        {
            var found = LowerBound(key);
            return found < Count && this[found].SequenceEqual(key) ? found : -1;
        }
    }
}
