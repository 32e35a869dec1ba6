namespace Passerelles.Web.Features.Directory;

/// <summary>One entry of the directory's change log: an organisation whose searched data changed (added, edited,
/// removed, its themes changed), numbered in the order the changes were saved. Every instance of the application
/// reads the entries past the last one it applied before answering a search (<see cref="DirectoryIndex"/>).</summary>
public sealed class DirectoryChange
{
    public long Sequence { get; private set; }
    public Guid OrganisationId { get; init; }

    /// <summary>When the change was saved: entries older than the retention are pruned (<see cref="DirectoryChangePruning"/>).</summary>
    public Instant RecordedAt { get; init; }
}

public sealed class DirectoryChangeConfiguration : IEntityTypeConfiguration<DirectoryChange>
{
    public void Configure(EntityTypeBuilder<DirectoryChange> builder)
    {
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(c => c.RecordedAt);
    }
}

/// <summary>Adds a <see cref="DirectoryChange"/> for every organisation a save touches, to the same save: the entry
/// is written in the same transaction as the change, whether it comes from a form, the API or an import.</summary>
public sealed class DirectoryChangeLog(TimeProvider clock) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                Organisation organisation => organisation.Id,
                OrganisationTheme theme => theme.OrganisationId,
                _ => (Guid?)null,
            })
            .OfType<Guid>()
            .Distinct()
            .ToList();
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        foreach (var organisationId in changed) context.Add(new DirectoryChange { OrganisationId = organisationId, RecordedAt = now });
    }
}
