namespace Passerelles.Web.Features.Projects;

/// <summary>A project's move to a stage, with when, who and why. History: added by <see cref="Project.MoveToStage"/>,
/// never changed or deleted (<see cref="AppendOnlyGuard"/>).</summary>
public class StageChange : IAppendOnly
{
    public const int ReasonMaxLength = Project.ReasonMaxLength;

    private StageChange() { }

    internal StageChange(Guid projectId, Guid stageId, Instant at, Guid? authorId, string reason)
    {
        ProjectId = projectId;
        StageId = stageId;
        At = at;
        AuthorId = authorId;
        Reason = reason;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid ProjectId { get; private set; }
    public Guid StageId { get; private set; }
    public IncubatorStage Stage { get; private set; } = null!;
    public Instant At { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string Reason { get; private set; } = "";
}

/// <summary>A project handed over from one incubator to another. History, like stage changes.</summary>
public class ProjectTransfer : IAppendOnly
{
    private ProjectTransfer() { }

    internal ProjectTransfer(Guid projectId, Guid fromIncubatorId, Guid toIncubatorId, Instant at, Guid? byId, string reason)
    {
        ProjectId = projectId;
        FromIncubatorId = fromIncubatorId;
        ToIncubatorId = toIncubatorId;
        At = at;
        ById = byId;
        Reason = reason;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid ProjectId { get; private set; }
    public Guid FromIncubatorId { get; private set; }
    public Guid ToIncubatorId { get; private set; }
    public Instant At { get; private set; }
    public Guid? ById { get; private set; }
    public string Reason { get; private set; } = "";
}

public sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(StageChange.ReasonMaxLength);
        // Restrict: a project with a history is archived, not deleted, and a stage in use cannot go.
        builder.HasOne<Project>().WithMany(p => p.StageChanges).HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Stage).WithMany().HasForeignKey(c => c.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ProjectId, c.At });
        builder.HasIndex(c => c.StageId);
    }
}

public sealed class ProjectTransferConfiguration : IEntityTypeConfiguration<ProjectTransfer>
{
    public void Configure(EntityTypeBuilder<ProjectTransfer> builder)
    {
        builder.Property(t => t.Reason).HasMaxLength(Project.ReasonMaxLength);
        builder.HasOne<Project>().WithMany(p => p.Transfers).HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(t => t.FromIncubatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(t => t.ToIncubatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ProjectId, t.At });
    }
}
