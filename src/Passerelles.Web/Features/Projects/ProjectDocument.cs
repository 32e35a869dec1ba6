
namespace Passerelles.Web.Features.Projects;

/// <summary>A document of a project (business plan, statutes, a funder's letter). The file is kept by
/// <see cref="EvidenceDocuments"/> in the data folder under a random name, outside the web root, with the same
/// limits: PDF, PNG or JPEG, recognised by its first bytes, at most 5 MB.</summary>
public class ProjectDocument
{
    public const int FileNameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProjectId { get; set; }

    /// <summary>The name the file had when uploaded, cleaned; shown and offered as the download's name.</summary>
    public string OriginalFileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }

    /// <summary>The random name <see cref="EvidenceDocuments.StoreAsync"/> gave the file.</summary>
    public string StoredName { get; set; } = "";
    public Guid? UploadedBy { get; set; }
    public Instant UploadedAt { get; set; }
}

public sealed class ProjectDocumentConfiguration : IEntityTypeConfiguration<ProjectDocument>
{
    public void Configure(EntityTypeBuilder<ProjectDocument> builder)
    {
        builder.Property(d => d.OriginalFileName).HasMaxLength(ProjectDocument.FileNameMaxLength);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.StoredName).HasMaxLength(100);
        builder.HasOne<Project>().WithMany(p => p.Documents).HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ProjectId, d.UploadedAt });
        builder.HasIndex(d => d.StoredName).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("CK_ProjectDocuments_Size", $"\"SizeBytes\" > 0 AND \"SizeBytes\" <= {EvidenceDocuments.MaxBytes}"));
    }
}
