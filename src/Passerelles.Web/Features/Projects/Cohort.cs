namespace Passerelles.Web.Features.Projects;

/// <summary>One intake of a programme (a "cohorte", a "promotion"): the projects that go through it together,
/// between two dates, up to its capacity.</summary>
public class Cohort : AuditedEntity
{
    public const int NameMaxLength = 120;
    public const int MaxCapacity = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProgrammeId { get; set; }
    public Programme Programme { get; set; } = null!;
    public string Name { get; set; } = "";
    public LocalDate StartsOn { get; set; }
    public LocalDate EndsOn { get; set; }

    /// <summary>How many projects the cohort takes; null when the incubator sets no limit.</summary>
    public int? Capacity { get; set; }

    public bool IsFull(int activeProjects) => Capacity is { } capacity && activeProjects >= capacity;

    /// <summary>The key of the message explaining why these dates cannot be a cohort's, or null.</summary>
    public static string? DatesProblem(LocalDate startsOn, LocalDate endsOn) =>
        endsOn > startsOn ? null : "A cohort ends after it starts.";

    /// <summary>The key of the message explaining why this cannot be a cohort's capacity, or null.</summary>
    public static string? CapacityProblem(int? capacity) =>
        capacity is null or (>= 1 and <= MaxCapacity) ? null : "The capacity is a number of projects between 1 and 1000.";
}

public sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Cohort.NameMaxLength);
        builder.HasIndex(c => new { c.ProgrammeId, c.StartsOn });
        builder.HasIndex(c => new { c.ProgrammeId, c.Name }).IsUnique();
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Cohorts_EndsAfterItStarts", "\"EndsOn\" > \"StartsOn\"");
            t.HasCheckConstraint("CK_Cohorts_Capacity", "\"Capacity\" IS NULL OR \"Capacity\" > 0");
        });
    }
}
