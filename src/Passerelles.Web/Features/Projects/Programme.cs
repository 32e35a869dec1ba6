namespace Passerelles.Web.Features.Projects;

/// <summary>An incubation programme an incubator runs ("Parcours d'incubation ESS"); its cohorts are the
/// successive intakes.</summary>
public class Programme : AuditedEntity
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The organisation, of kind Incubator, that runs the programme.</summary>
    public Guid IncubatorId { get; set; }
    public Organisation Incubator { get; set; } = null!;
    public string Name { get; set; } = "";

    /// <summary>In Markdown; rendered through the sanitiser, never as typed.</summary>
    public string Description { get; set; } = "";
    public List<Cohort> Cohorts { get; set; } = [];
}

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Programme.NameMaxLength);
        builder.Property(p => p.Description).HasMaxLength(Programme.DescriptionMaxLength);
        builder.HasOne(p => p.Incubator).WithMany().HasForeignKey(p => p.IncubatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.IncubatorId, p.Name }).IsUnique();
        builder.HasMany(p => p.Cohorts).WithOne(c => c.Programme).HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
