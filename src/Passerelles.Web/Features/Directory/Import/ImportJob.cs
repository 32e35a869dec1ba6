namespace Passerelles.Web.Features.Directory.Import;

/// <summary>Where an import stands: previewed (nothing written yet), queued once confirmed, running, then
/// completed or failed (in which case nothing was written either).</summary>
public enum ImportStatus { Previewed, Queued, Running, Completed, Failed }

/// <summary>An uploaded file of organisations, kept between its preview and its confirmation, and the outcome of
/// applying it.</summary>
public class ImportJob : AuditedEntity
{
    public const int FileNameMaxLength = 260;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string FileName { get; set; } = "";

    /// <summary>The file's decoded text; emptied once applied, when only the counts matter.</summary>
    public string Content { get; set; } = "";

    public ImportStatus Status { get; set; } = ImportStatus.Previewed;
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public Instant? FinishedAt { get; set; }

    /// <summary>Why applying failed, as the key of a message.</summary>
    public string Failure { get; set; } = "";

    public bool IsUnderway => Status is ImportStatus.Queued or ImportStatus.Running;

    public void Confirm() => Status = ImportStatus.Queued;

    public void Complete(int created, int updated, int unchanged, Instant now)
    {
        Status = ImportStatus.Completed;
        (Created, Updated, Unchanged) = (created, updated, unchanged);
        FinishedAt = now;
        Content = "";
    }

    public void Fail(string reason, Instant now)
    {
        Status = ImportStatus.Failed;
        Failure = reason;
        FinishedAt = now;
    }
}

public sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("ImportJobs");
        builder.Property(j => j.FileName).HasMaxLength(ImportJob.FileNameMaxLength);
        builder.Property(j => j.Failure).HasMaxLength(300);
        builder.HasIndex(j => j.Status);
    }
}
