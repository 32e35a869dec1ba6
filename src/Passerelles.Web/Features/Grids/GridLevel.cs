using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelles.Web.Features.Grids;

/// <summary>One step of a grid's own scale ("emerging", or "2 — developing"). On a numeric scale it has a value; on a
/// qualitative one only its position counts.</summary>
public sealed class GridLevel : IPositioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GridVersionId { get; set; }
    public int Position { get; set; }

    /// <summary>Unique within the version; answers in files name the level by this key.</summary>
    public string Key { get; set; } = "";
    public LocalisedText Label { get; set; } = LocalisedText.Empty;
    public LocalisedText Guidance { get; set; } = LocalisedText.Empty;

    /// <summary>The level's value on a numeric scale; null on a qualitative scale.</summary>
    public decimal? Value { get; set; }
}

public sealed class GridLevelConfiguration : IEntityTypeConfiguration<GridLevel>
{
    public void Configure(EntityTypeBuilder<GridLevel> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Key).HasMaxLength(Grid.KeyMaxLength);
        builder.Property(l => l.Value).HasPrecision(12, 3);
        builder.ComplexProperty(l => l.Label, t => t.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.ComplexProperty(l => l.Guidance, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
        builder.HasIndex(l => new { l.GridVersionId, l.Position });
    }
}
