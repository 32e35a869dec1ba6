namespace Passerelles.Web.Features.Grids;

/// <summary>One step of a grid's own scale ("emerging", or "2 — developing"). On a numeric scale it has a value; on a
/// qualitative one only its position counts.</summary>
/// <remarks>Its key is unique within the version; answers in files name the level by it.</remarks>
public sealed class GridLevel : KeyedGridElement
{
    public Guid GridVersionId { get; set; }

    /// <summary>The level's value on a numeric scale; null on a qualitative scale.</summary>
    public decimal? Value { get; set; }
}

public sealed class GridLevelConfiguration : IEntityTypeConfiguration<GridLevel>
{
    public void Configure(EntityTypeBuilder<GridLevel> builder)
    {
        builder.IsKeyedGridElement();
        builder.Property(l => l.Value).HasPrecision(12, 3);
        builder.HasIndex(l => new { l.GridVersionId, l.Position });
    }
}
