namespace Passerelles.Web.Infrastructure.Files;

/// <summary>A file kept in the database by <see cref="PostgresFileStore"/>: its size here, its content in
/// <see cref="StoredFileChunk"/> rows. The tables exist on SQLite too, unused there (files stay on disk), so that both
/// providers share one model.</summary>
public sealed class StoredFile
{
    public string Area { get; set; } = "";
    public string Key { get; set; } = "";
    public long Length { get; set; }
    public int Chunks { get; set; }
}

/// <summary>One slice of a stored file's content, at most <see cref="PostgresFileStore.ChunkBytes"/> long.</summary>
public sealed class StoredFileChunk
{
    public string Area { get; set; } = "";
    public string Key { get; set; } = "";
    public int Index { get; set; }
    public byte[] Data { get; set; } = [];
}

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.HasKey(f => new { f.Area, f.Key });
        builder.Property(f => f.Area).HasMaxLength(40);
        builder.Property(f => f.Key).HasMaxLength(64);
    }
}

public sealed class StoredFileChunkConfiguration : IEntityTypeConfiguration<StoredFileChunk>
{
    public void Configure(EntityTypeBuilder<StoredFileChunk> builder)
    {
        builder.HasKey(c => new { c.Area, c.Key, c.Index });
        builder.Property(c => c.Area).HasMaxLength(40);
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(c => new { c.Area, c.Key }).OnDelete(DeleteBehavior.Cascade);
    }
}
