namespace Passerelles.Web.Features.Grids;

/// <summary>An observable sign of a criterion ("the people concerned sit on the steering committee").</summary>
public sealed class GridIndicator : IPositioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GridCriterionId { get; set; }
    public int Position { get; set; }

    /// <summary>Unique within its criterion.</summary>
    public string Key { get; set; } = "";
    public LocalisedText Label { get; set; } = LocalisedText.Empty;
    public LocalisedText Guidance { get; set; } = LocalisedText.Empty;
}

public sealed class GridIndicatorConfiguration : IEntityTypeConfiguration<GridIndicator>
{
    public void Configure(EntityTypeBuilder<GridIndicator> builder)
    {
        builder.Property(i => i.Key).HasMaxLength(Grid.KeyMaxLength);
        builder.ComplexProperty(i => i.Label, t => t.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.ComplexProperty(i => i.Guidance, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
        builder.HasIndex(i => new { i.GridCriterionId, i.Position });
    }
}
