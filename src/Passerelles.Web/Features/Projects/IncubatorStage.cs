namespace Passerelles.Web.Features.Projects;

/// <summary>One stage of an incubator's own stage model: its name, its Québec and France labels, its place in the
/// order, and the canonical stage it counts as in shared reporting. Several stages may map to the same canonical one
/// (an incubator may subdivide incubation).</summary>
public class IncubatorStage : AuditedEntity
{
    public const int NameMaxLength = 80;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid IncubatorId { get; set; }
    public Organisation Incubator { get; set; } = null!;

    /// <summary>The place of the stage in the incubator's order, from 1.</summary>
    public int Position { get; set; }

    /// <summary>The stage's name, shown to English readers and when a label is missing.</summary>
    public string Name { get; set; } = "";
    public string QuebecLabel { get; set; } = "";
    public string FranceLabel { get; set; } = "";
    public CanonicalStage CanonicalStage { get; set; }

    /// <summary>The label in the reader's language: the Québec label in fr-CA, the France label in fr-FR, and for
    /// any other French the label of the incubator's own side.</summary>
    public string LabelFor(string culture, Side incubatorSide) => culture switch
    {
        Cultures.QuebecFrench => Prefer(QuebecLabel),
        Cultures.FranceFrench => Prefer(FranceLabel),
        _ when culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) => Prefer(incubatorSide == Side.Quebec ? QuebecLabel : FranceLabel),
        _ => Name,
    };

    private string Prefer(string label) => string.IsNullOrWhiteSpace(label) ? Name : label;
}

public sealed class IncubatorStageConfiguration : IEntityTypeConfiguration<IncubatorStage>
{
    public void Configure(EntityTypeBuilder<IncubatorStage> builder)
    {
        builder.ToTable("IncubatorStages");
        builder.Property(s => s.Name).HasMaxLength(IncubatorStage.NameMaxLength);
        builder.Property(s => s.QuebecLabel).HasMaxLength(IncubatorStage.NameMaxLength);
        builder.Property(s => s.FranceLabel).HasMaxLength(IncubatorStage.NameMaxLength);
        builder.HasOne(s => s.Incubator).WithMany().HasForeignKey(s => s.IncubatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.IncubatorId, s.Position });
        builder.HasIndex(s => new { s.IncubatorId, s.Name }).IsUnique();
    }
}
