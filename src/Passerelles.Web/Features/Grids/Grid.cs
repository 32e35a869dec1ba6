using System.Text.RegularExpressions;

namespace Passerelles.Web.Features.Grids;

/// <summary>What a grid assesses: an incubated project, or a territory (the PTCE feasibility grid).</summary>
public enum GridSubject
{
    Project,
    Territory,
}

/// <summary>A characterisation grid: a stable key and its successive versions. Everything else (wording, scale,
/// dimensions) belongs to a version, so that an assessment can pin the exact version it used.</summary>
public sealed partial class Grid : AuditedEntity
{
    public const int KeyMaxLength = 60;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Lowercase letters, digits and hyphens ("social-innovation-potential"); the same in every database, so
    /// files and links can name the grid.</summary>
    public string Key { get; set; } = "";
    public GridSubject Subject { get; set; }
    public List<GridVersion> Versions { get; set; } = [];

    public static bool IsValidKey(string? key) => key is { Length: > 0 and <= KeyMaxLength } && KeyPattern().IsMatch(key);

    /// <summary>Turns a label into a key: "Collective dynamic" becomes "collective-dynamic".</summary>
    public static string KeyFrom(string text)
    {
        var folded = new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        var key = string.Join('-', folded.Split('-', StringSplitOptions.RemoveEmptyEntries));
        key = key.Length > KeyMaxLength ? key[..KeyMaxLength].TrimEnd('-') : key;
        return key.Length == 0 ? "item" : key;
    }

    public GridVersion? LatestPublished => Versions.Where(v => v.Status == GridStatus.Published).MaxBy(v => v.Number);

    public GridVersion? Draft => Versions.SingleOrDefault(v => v.Status == GridStatus.Draft);

    /// <summary>The draft to edit: the one in progress, or a new one copied from the latest published version.
    /// Published versions are never edited. Needs <see cref="Versions"/> loaded with their whole structure.</summary>
    public GridVersion StartOrContinueDraft()
    {
        if (Draft is { } draft) return draft;
        var source = LatestPublished ?? throw new GridRuleException("A grid without any version cannot start a draft.");
        var copy = source.CopyAsDraft(Versions.Max(v => v.Number) + 1);
        Versions.Add(copy);
        return copy;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}

/// <summary>A grid rule broken by code that should have checked it first (the pages show the message beside the
/// field instead).</summary>
public sealed class GridRuleException(string message) : InvalidOperationException(message);

public sealed class GridConfiguration : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> builder)
    {
        builder.Property(g => g.Key).HasMaxLength(Grid.KeyMaxLength);
        builder.HasIndex(g => g.Key).IsUnique();
        builder.Ignore(g => g.LatestPublished);
        builder.Ignore(g => g.Draft);
        builder.HasMany(g => g.Versions).WithOne(v => v.Grid).HasForeignKey(v => v.GridId).OnDelete(DeleteBehavior.Restrict);
    }
}
