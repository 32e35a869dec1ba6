using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Passerelles.Testing;

/// <summary>
/// Pages as the app served them, one per address and language, kept in a folder and validated together by the Nu HTML
/// Checker (npm's vnu-jar, run with the machine's Java): one run for them all, since Java takes long to start.
/// </summary>
public sealed partial class ServedPages : IDisposable
{
    public static string CheckerJar { get; } =
        Path.Combine(SourceTree.Root, "tests", "Passerelles.Tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private readonly string _folder = Directory.CreateTempSubdirectory("passerelles-served-pages-").FullName;
    private readonly Dictionary<string, string> _pageOfFile = new(StringComparer.Ordinal);
    private readonly HashSet<string> _kept = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_kept) return _kept.Count;
        }
    }

    /// <summary>Keeps the page served at <paramref name="path"/> unless a page of that path in the same language is
    /// already kept; the language is the one the document declares.</summary>
    public void Keep(string path, string html)
    {
        var language = DeclaredLanguage().Match(html) is { Success: true } match ? match.Groups["lang"].Value : "no language";
        var page = $"{path} ({language})";
        string file;
        lock (_kept)
        {
            if (!_kept.Add(page)) return;
            file = $"page-{_kept.Count:D4}.html";
            _pageOfFile[file] = page;
        }
        File.WriteAllText(Path.Combine(_folder, file), html);
    }

    /// <summary>What the checker reports on the kept pages, errors only, as "page, line N: message «extract»".</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync()
    {
        if (Count == 0) throw new InvalidOperationException("No page was kept, so none could be validated.");
        if (!File.Exists(CheckerJar))
            throw new FileNotFoundException($"The Nu HTML Checker is missing: run 'npm ci' in tests/Passerelles.Tests.", CheckerJar);

        // Serial garbage collection: the machines that run the tests have few cores, and the pages are small.
        using var java = Process.Start(new ProcessStartInfo("java", ["-XX:+UseSerialGC", "-jar", CheckerJar, "--errors-only", "--format", "json", "--stdout", "--exit-zero-always", _folder])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = java.StandardOutput.ReadToEndAsync();
        var errors = java.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await java.WaitForExitAsync(timeout.Token);
        if (java.ExitCode != 0) throw new InvalidOperationException($"The Nu HTML Checker failed ({java.ExitCode}): {await errors}");

        using var report = JsonDocument.Parse(await output);
        return report.RootElement.GetProperty("messages").EnumerateArray().Select(Describe).ToList();
    }

    private string Describe(JsonElement message)
    {
        var file = message.TryGetProperty("url", out var url) ? url.GetString()!.Split('/')[^1] : "";
        var page = _pageOfFile.GetValueOrDefault(file, file);
        var line = message.TryGetProperty("lastLine", out var last) ? $", line {last.GetInt32()}" : "";
        var extract = message.TryGetProperty("extract", out var text) ? $" «{text.GetString()!.ReplaceLineEndings(" ").Trim()}»" : "";
        return $"{page}{line}: {message.GetProperty("message").GetString()}{extract}";
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex("""<html[^>]*\slang="(?<lang>[^"]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredLanguage();
}
