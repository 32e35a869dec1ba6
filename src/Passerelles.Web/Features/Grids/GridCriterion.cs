namespace Passerelles.Web.Features.Grids;

/// <summary>What an assessor answers: one level of the scale (or "not applicable") with evidence. Its indicators are
/// the observable signs that guide the answer; they are not answered one by one.</summary>
/// <remarks>Its key is unique within the version, across dimensions.</remarks>
public sealed class GridCriterion : KeyedGridElement
{
    public Guid GridDimensionId { get; set; }

    /// <summary>Its share of its dimension's score, relative to the other criteria of the dimension.</summary>
    public decimal Weight { get; set; } = 1;
    public List<GridIndicator> Indicators { get; set; } = [];
}

public sealed class GridCriterionConfiguration : IEntityTypeConfiguration<GridCriterion>
{
    public void Configure(EntityTypeBuilder<GridCriterion> builder)
    {
        builder.IsKeyedGridElement();
        builder.Property(c => c.Weight).HasPrecision(9, 3);
        builder.HasIndex(c => new { c.GridDimensionId, c.Position });
        builder.HasMany(c => c.Indicators).WithOne().HasForeignKey(i => i.GridCriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}
