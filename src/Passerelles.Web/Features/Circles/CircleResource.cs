namespace Passerelles.Web.Features.Circles;

public enum ResourceKind { PracticeSheet, Tool, Reading, Other }

/// <summary>An item of a circle's resource library: a link or a file (stored under the app's data path, never in the
/// web root, and served only to the circle's members as a download).</summary>
public class CircleResource
{
    public const int MaxTitleLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CircleId { get; set; }
    public Circle Circle { get; set; } = null!;
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public ResourceKind Kind { get; set; }

    /// <summary>The address of a link; null for a file.</summary>
    public string? Url { get; set; }

    /// <summary>The file's name as uploaded (cleaned), its safe content type and size; null for a link.</summary>
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }

    /// <summary>The random name the file is kept under in the library's folder (see <see cref="ResourceFiles"/>).</summary>
    public string? StoredName { get; set; }

    public Guid AddedById { get; set; }
    public Instant AddedAt { get; set; }

    public bool IsFile => FileName is not null;
}

public sealed class CircleResourceConfiguration : IEntityTypeConfiguration<CircleResource>
{
    public void Configure(EntityTypeBuilder<CircleResource> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(CircleResource.MaxTitleLength);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.Url).HasMaxLength(2000);
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.Property(r => r.StoredName).HasMaxLength(32);
        builder.Ignore(r => r.IsFile);
        builder.HasOne(r => r.Circle).WithMany().HasForeignKey(r => r.CircleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.AddedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CircleId, r.Title });
    }
}
