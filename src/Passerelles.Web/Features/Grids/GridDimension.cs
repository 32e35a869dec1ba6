namespace Passerelles.Web.Features.Grids;

/// <summary>A part of a grid ("nature of the project", "process", "results") grouping criteria.</summary>
/// <remarks>Its key is unique within the version.</remarks>
public sealed class GridDimension : KeyedGridElement
{
    public Guid GridVersionId { get; set; }

    /// <summary>Its share of the total, relative to the other dimensions' weights (0 = shown but not counted).</summary>
    public decimal Weight { get; set; } = 1;
    public List<GridCriterion> Criteria { get; set; } = [];
}

public sealed class GridDimensionConfiguration : IEntityTypeConfiguration<GridDimension>
{
    public void Configure(EntityTypeBuilder<GridDimension> builder)
    {
        builder.IsKeyedGridElement();
        builder.Property(d => d.Weight).HasPrecision(9, 3);
        builder.HasIndex(d => new { d.GridVersionId, d.Position });
        builder.HasMany(d => d.Criteria).WithOne().HasForeignKey(c => c.GridDimensionId).OnDelete(DeleteBehavior.Cascade);
    }
}
