using System.Text.Json;

namespace Passerelles.Web.Features.Reports;

public enum TemplateStatus { Draft, Published }

/// <summary>One part of a template: its heading, the indicators (catalog keys) whose figures it reports, and the texts
/// its writers fill in.</summary>
public sealed record TemplateSection(string Key, LocalisedText Heading, IReadOnlyList<string> Indicators, IReadOnlyList<TemplateText> Texts);

/// <summary>A free-text part of a section: its key and what to write there.</summary>
public sealed record TemplateText(string Key, LocalisedText Prompt);

/// <summary>One version of a funder's report template, kept as it was: a report names the version it was made with.
/// Versions of one template share its key; a published version is never edited — editing it makes the next version.
/// The funder is an organisation of the directory, none for the network's own report.</summary>
public class ReportTemplate : AuditedEntity
{
    public const int KeyMaxLength = 60;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Key { get; set; } = "";
    public int Number { get; set; } = 1;
    public TemplateStatus Status { get; set; }
    public LocalisedText Name { get; set; } = LocalisedText.Empty;
    public Guid? FunderId { get; set; }
    public Organisation? Funder { get; set; }

    /// <summary>The sections, in order, as JSON (<see cref="Sections"/>).</summary>
    public string SectionsJson { get; set; } = "[]";

    public IReadOnlyList<TemplateSection> Sections
    {
        get => JsonSerializer.Deserialize<List<TemplateSection>>(SectionsJson, ReportJson.Options) ?? [];
        set => SectionsJson = JsonSerializer.Serialize(value, ReportJson.Options);
    }

    /// <summary>The next version of this one, as a draft with the same content, numbered <paramref name="number"/>.</summary>
    public ReportTemplate NextVersion(int number) => new()
    {
        Key = Key, Number = number, Status = TemplateStatus.Draft, Name = Name, FunderId = FunderId, SectionsJson = SectionsJson,
    };
}

public sealed class ReportTemplateConfiguration : IEntityTypeConfiguration<ReportTemplate>
{
    public void Configure(EntityTypeBuilder<ReportTemplate> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(ReportTemplate.KeyMaxLength);
        builder.ComplexProperty(t => t.Name, n => n.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.Ignore(t => t.Sections);
        builder.HasOne(t => t.Funder).WithMany().HasForeignKey(t => t.FunderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.Key, t.Number }).IsUnique();
        builder.HasIndex(t => t.FunderId);
    }
}
