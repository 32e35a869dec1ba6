
namespace Passerelles.Web.Features.Reports;

/// <summary>Draft: figures computed, texts being written. InReview: the texts are done, another manager reads them.
/// Frozen: nothing moves any more; the funder's guests may read it.</summary>
public enum ReportStatus { Draft, InReview, Frozen }

/// <summary>A report owed to a grant's funder for a period, made from one version of a template. Its figures are
/// computed once, when it is generated, and kept with the texts in <see cref="SnapshotJson"/>; regenerating makes the
/// next version, which points back to this one.</summary>
public class Report : AuditedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid TemplateId { get; set; }
    public ReportTemplate Template { get; set; } = null!;
    public Guid GrantId { get; set; }
    public Grant Grant { get; set; } = null!;
    public LocalDate From { get; set; }
    public LocalDate To { get; set; }
    public int Number { get; set; } = 1;
    public ReportStatus Status { get; set; }
    public string SnapshotJson { get; set; } = "";
    public Guid? SubmittedBy { get; set; }

    /// <summary>Who read the report in review and found it ready to freeze; cleared when it is sent back.</summary>
    public Guid? ReviewedBy { get; set; }
    public Guid? FrozenBy { get; set; }
    public Instant? FrozenAt { get; set; }
    public Guid? PreviousId { get; set; }

    public ReportSnapshot Snapshot
    {
        get => ReportJson.Read(SnapshotJson);
        set => SnapshotJson = ReportJson.Write(value);
    }

    public bool IsEditable => Status == ReportStatus.Draft;

    /// <summary>Writes the texts, keyed by section and text key; texts the template does not have are ignored.</summary>
    public void WriteTexts(IReadOnlyDictionary<(string Section, string Text), string> texts)
    {
        var snapshot = Snapshot;
        Snapshot = snapshot with
        {
            Sections = snapshot.Sections.Select(s => s with
            {
                Texts = s.Texts.Select(x => x with { Markdown = texts.GetValueOrDefault((s.Key, x.Key), x.Markdown).Trim() }).ToList(),
            }).ToList(),
        };
    }

    public bool MayFreeze => Status == ReportStatus.InReview && ReviewedBy is not null;

    public void Submit(Guid by)
    {
        Status = ReportStatus.InReview;
        SubmittedBy = by;
        ReviewedBy = null;
    }

    public void MarkReviewed(Guid by) => ReviewedBy = by;

    public void SendBack()
    {
        Status = ReportStatus.Draft;
        ReviewedBy = null;
    }

    public void Freeze(Guid by, Instant at)
    {
        Status = ReportStatus.Frozen;
        FrozenBy = by;
        FrozenAt = at;
    }
}

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Ignore(r => r.Snapshot);
        builder.HasOne(r => r.Template).WithMany().HasForeignKey(r => r.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Grant).WithMany().HasForeignKey(r => r.GrantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Report>().WithMany().HasForeignKey(r => r.PreviousId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.FrozenBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.SubmittedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReviewedBy).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.GrantId, r.From });
        builder.HasIndex(r => r.PreviousId);
        builder.HasIndex(r => r.TemplateId);
    }
}
