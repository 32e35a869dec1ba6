using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelles.Web.Features.Grids;

/// <summary>What an assessor answers: one level of the scale (or "not applicable") with evidence. Its indicators are
/// the observable signs that guide the answer; they are not answered one by one.</summary>
public sealed class GridCriterion : IPositioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GridDimensionId { get; set; }
    public int Position { get; set; }

    /// <summary>Unique within the version, across dimensions.</summary>
    public string Key { get; set; } = "";
    public LocalisedText Label { get; set; } = LocalisedText.Empty;
    public LocalisedText Guidance { get; set; } = LocalisedText.Empty;

    /// <summary>Its share of its dimension's score, relative to the other criteria of the dimension.</summary>
    public decimal Weight { get; set; } = 1;
    public List<GridIndicator> Indicators { get; set; } = [];
}

public sealed class GridCriterionConfiguration : IEntityTypeConfiguration<GridCriterion>
{
    public void Configure(EntityTypeBuilder<GridCriterion> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Key).HasMaxLength(Grid.KeyMaxLength);
        builder.Property(c => c.Weight).HasPrecision(9, 3);
        builder.ComplexProperty(c => c.Label, t => t.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.ComplexProperty(c => c.Guidance, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
        builder.HasIndex(c => new { c.GridDimensionId, c.Position });
        builder.HasMany(c => c.Indicators).WithOne().HasForeignKey(i => i.GridCriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}
