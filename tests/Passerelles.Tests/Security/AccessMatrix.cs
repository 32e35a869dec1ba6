using System.Text.RegularExpressions;

namespace Passerelles.Tests.Security;

/// <summary>The route matrix and the list of posts open to outsiders, read from the tables of
/// src/Passerelles.Web/Access/README.md, so that the documentation and the sweep cannot drift.</summary>
public sealed partial class AccessMatrix
{
    public const string Login = "login";

    /// <summary>One row: a route, the kind of record it is asked about, and the answer each role gets.</summary>
    public sealed record Row(int Line, string Route, string Record, IReadOnlyDictionary<SweepRole, string> Expected);

    /// <summary>A POST handler an outsider may use without it being a hole (proposing a change to a public profile).</summary>
    public sealed record OpenPost(string Route, string Handler, string Record, IReadOnlySet<string> Outsiders);

    public static string FilePath { get; } =
        Path.Combine(SourceTree.WebProject, "Access", "README.md");

    public required IReadOnlyList<Row> Rows { get; init; }
    public required IReadOnlyList<OpenPost> OpenPosts { get; init; }

    public static AccessMatrix Read()
    {
        var lines = File.ReadAllLines(FilePath);
        var rows = Table(lines, "| Route | Record |")
            .Select(t =>
            {
                var roles = Enum.GetValues<SweepRole>();
                if (t.Cells.Count < 2 + roles.Length)
                    throw new InvalidOperationException($"README.md line {t.Line}: {2 + roles.Length} cells expected, {t.Cells.Count} found.");
                var expected = roles.ToDictionary(r => r, r => t.Cells[2 + (int)r]);
                foreach (var (role, answer) in expected)
                    if (answer is not ("200" or "302" or "401" or "403" or "404" or Login))
                        throw new InvalidOperationException($"README.md line {t.Line}: '{answer}' for {role} is not 200, 302, 401, 403, 404 or login.");
                return new Row(t.Line, Unquote(t.Cells[0]), t.Cells[1], expected);
            })
            .ToList();
        var open = Table(lines, "| Route | Handler | Record | Outsiders |")
            .Select(t => new OpenPost(Unquote(t.Cells[0]), Unquote(t.Cells[1]), t.Cells[2],
                t.Cells[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet()))
            .ToList();
        if (rows.Count == 0) throw new InvalidOperationException("README.md holds no route matrix.");
        return new AccessMatrix { Rows = rows, OpenPosts = open };
    }

    public bool IsOpen(string route, string handler, string record, string outsider) =>
        OpenPosts.Any(p => p.Route == route && p.Handler == handler && p.Record == record && p.Outsiders.Contains(outsider));

    /// <summary>The record value that is not a route parameter but the query string its pages are asked with (the two
    /// versions an agreement's comparison shows, the territory whose results are read).</summary>
    public const string QueryKey = "query";

    /// <summary>The URL of <paramref name="route"/> for a record: each parameter replaced by the record's value, optional
    /// ones left out when the record has none, and the record's query string; null when a required value is missing.</summary>
    public static string? UrlFor(string route, IReadOnlyDictionary<string, string> values)
    {
        var missing = false;
        var url = Parameter().Replace(route, m =>
        {
            if (values.TryGetValue(m.Groups["name"].Value, out var value)) return value;
            if (m.Groups["optional"].Success) return "";
            missing = true;
            return "";
        });
        if (missing) return null;
        var path = url.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
        return values.TryGetValue(QueryKey, out var query) ? $"{path}?{query}" : path;
    }

    public static IEnumerable<string> ParameterNames(string route) =>
        Parameter().Matches(route).Select(m => m.Groups["name"].Value);

    private static string Unquote(string cell) => cell.Trim('`');

    private static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Table(string[] lines, string header)
    {
        // Every table with this header, in order: a feature's routes may sit in a table of their own.
        for (var start = 0; (start = Array.FindIndex(lines, start, l => l.StartsWith(header, StringComparison.Ordinal))) >= 0; start++)
            for (var i = start + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
                yield return (i + 1, lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList());
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}?]+)?(?<optional>\?)?\}")]
    private static partial Regex Parameter();
}
