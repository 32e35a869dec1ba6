using System.Text.RegularExpressions;
using System.Xml.Linq;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Localisation;

/// <summary>No interface string may be missing in English, French, Québec French or France French.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static string ResourceFile(string suffix) =>
        Path.Combine(SourceTree.WebProject, "Resources", $"Text{suffix}.resx");

    private static Dictionary<string, string> Entries(string suffix) =>
        XDocument.Load(ResourceFile(suffix)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    /// <summary>Every literal key the pages and code ask for: T["…"], t["…"], both forms of T.Plural(n, "…", "…"),
    /// validation messages, display names.</summary>
    private static IEnumerable<(string Key, string File)> KeysUsedInSource()
    {
        var files = System.IO.Directory.EnumerateFiles(SourceTree.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            foreach (Match m in LocalizerCall().Matches(source)) yield return (Regex.Unescape(m.Groups[1].Value), file);
            foreach (Match m in AttributeText().Matches(source)) yield return (Regex.Unescape(m.Groups[1].Value), file);
            foreach (Match m in PluralCall().Matches(source))
            {
                yield return (Regex.Unescape(m.Groups[1].Value), file);
                yield return (Regex.Unescape(m.Groups[2].Value), file);
            }
        }
    }

    private static IEnumerable<string> EnumKeys() =>
        Enum.GetNames<MemberRole>().Select(n => $"Role.{n}");

    [Fact]
    public void Every_key_the_interface_uses_exists_in_English_and_French()
    {
        var english = Entries("");
        var french = Entries(".fr");
        var used = KeysUsedInSource().ToList();
        Assert.NotEmpty(used);

        var missing = used.Select(u => u.Key).Concat(EnumKeys()).Distinct()
            .Where(key => !english.ContainsKey(key) || !french.ContainsKey(key))
            .Select(key => $"{key} (used in {string.Join(", ", used.Where(u => u.Key == key).Select(u => Path.GetFileName(u.File)).Distinct())})")
            .ToList();
        Assert.True(missing.Count == 0, "Missing strings:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void English_and_French_hold_the_same_keys_and_no_value_is_empty()
    {
        var english = Entries("");
        var french = Entries(".fr");
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.Empty(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(french.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Theory]
    [InlineData(".fr-CA")]
    [InlineData(".fr-FR")]
    public void Regional_french_only_overrides_existing_keys(string suffix)
    {
        var english = Entries("");
        var regional = Entries(suffix);
        Assert.Empty(regional.Keys.Except(english.Keys));
        Assert.Empty(regional.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Fact]
    public void Placeholders_match_between_languages()
    {
        var english = Entries("");
        foreach (var suffix in new[] { ".fr", ".fr-CA", ".fr-FR" })
        {
            foreach (var (key, value) in Entries(suffix))
            {
                var expected = Placeholder().Matches(english[key]).Select(m => m.Value).Order().ToList();
                var actual = Placeholder().Matches(value).Select(m => m.Value).Order().ToList();
                Assert.True(expected.SequenceEqual(actual), $"{suffix} '{key}': placeholders {string.Join(",", actual)} instead of {string.Join(",", expected)}");
            }
        }
    }

    [GeneratedRegex("""(?<![A-Za-z0-9_])[Tt]\["((?:[^"\\]|\\.)*)"\s*[\],]""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"(?:ErrorMessage|Display\(Name)\s*=\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex AttributeText();

    [GeneratedRegex("""\.Plural\([^;"]*?,\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)""")]
    private static partial Regex PluralCall();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
