namespace Passerelles.Web.Features.Mobility;

/// <summary>The kinds of personal document a placement or an application holds, each with its retention period
/// (<see cref="Retention"/>).</summary>
public enum DocumentKind { IdentityDocument, HealthInformation, EmergencyContact, Cv }

/// <summary>A sensitive document of a placement, entered by the student: their identity document (a file), their
/// health information or their emergency contact (forms). Its content is encrypted before it reaches the database or
/// the data folder (<see cref="SensitiveDocuments"/>): <see cref="Protected"/> holds the encrypted form, or the
/// encrypted name and type of the file kept under <see cref="StoredName"/>. Destroying it deletes the row.</summary>
public class SensitiveDocument
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlacementId { get; set; }
    public DocumentKind Kind { get; set; }

    public string Protected { get; set; } = "";

    /// <summary>The encrypted file of an identity document; empty for a form.</summary>
    public string StoredName { get; set; } = "";

    public Instant SavedAt { get; set; }
}

public enum DestructionReason { Retention, Withdrawal }

/// <summary>That a personal document of an application was destroyed, when and why, and nothing of its content. One
/// row per document at most: a second destruction of the same document cannot be recorded.</summary>
public class DocumentDestruction : IAppendOnly
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ApplicationId { get; init; }
    public DocumentKind Kind { get; init; }
    public DestructionReason Reason { get; init; }
    public Instant At { get; init; }
}

public sealed class SensitiveDocumentConfiguration : IEntityTypeConfiguration<SensitiveDocument>
{
    public void Configure(EntityTypeBuilder<SensitiveDocument> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.StoredName).HasMaxLength(32);
        builder.HasOne<Placement>().WithMany().HasForeignKey(d => d.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.PlacementId, d.Kind }).IsUnique();
    }
}

public sealed class DocumentDestructionConfiguration : IEntityTypeConfiguration<DocumentDestruction>
{
    public void Configure(EntityTypeBuilder<DocumentDestruction> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.HasIndex(d => new { d.ApplicationId, d.Kind }).IsUnique();
    }
}
