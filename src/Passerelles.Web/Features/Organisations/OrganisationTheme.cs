namespace Passerelles.Web.Features.Organisations;

/// <summary>A theme an organisation works on: one of the four priorities of Franco-Québec cooperation, or a free tag.</summary>
public class OrganisationTheme
{
    public const int NameMaxLength = 60;

    /// <summary>The four priority themes of the Assises and of FFQCD funding; stored by these names, labelled in
    /// the interface as "Theme.{name}".</summary>
    public static readonly IReadOnlyList<string> Priorities = ["Innovation", "Youth", "Digital", "GenderEquality"];

    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";

    public static bool IsPriority(string name) => Priorities.Contains(name, StringComparer.Ordinal);
}

public sealed class OrganisationThemeConfiguration : IEntityTypeConfiguration<OrganisationTheme>
{
    public void Configure(EntityTypeBuilder<OrganisationTheme> builder)
    {
        builder.HasKey(t => new { t.OrganisationId, t.Name });
        builder.Property(t => t.Name).HasMaxLength(OrganisationTheme.NameMaxLength);
        builder.HasIndex(t => t.Name);
    }
}
