using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelles.Web.Features.Grids;

/// <summary>A part of a grid ("nature of the project", "process", "results") grouping criteria.</summary>
public sealed class GridDimension : IPositioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GridVersionId { get; set; }
    public int Position { get; set; }

    /// <summary>Unique within the version.</summary>
    public string Key { get; set; } = "";
    public LocalisedText Label { get; set; } = LocalisedText.Empty;
    public LocalisedText Guidance { get; set; } = LocalisedText.Empty;

    /// <summary>Its share of the total, relative to the other dimensions' weights (0 = shown but not counted).</summary>
    public decimal Weight { get; set; } = 1;
    public List<GridCriterion> Criteria { get; set; } = [];
}

public sealed class GridDimensionConfiguration : IEntityTypeConfiguration<GridDimension>
{
    public void Configure(EntityTypeBuilder<GridDimension> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Key).HasMaxLength(Grid.KeyMaxLength);
        builder.Property(d => d.Weight).HasPrecision(9, 3);
        builder.ComplexProperty(d => d.Label, t => t.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.ComplexProperty(d => d.Guidance, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
        builder.HasIndex(d => new { d.GridVersionId, d.Position });
        builder.HasMany(d => d.Criteria).WithOne().HasForeignKey(c => c.GridDimensionId).OnDelete(DeleteBehavior.Cascade);
    }
}
