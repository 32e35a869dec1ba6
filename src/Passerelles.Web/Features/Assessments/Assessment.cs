
namespace Passerelles.Web.Features.Assessments;

/// <summary>Who assesses: the project team about itself, a coach of its incubator, or a coach of the partner incubator
/// the project is shared with.</summary>
public enum AssessorKind
{
    SelfAssessment,
    Coach,
    PartnerCoach,
}

public enum AssessmentStatus
{
    Draft,
    Submitted,
}

/// <summary>One assessor's answers to one published grid version, about a project or, for a territory grid, a
/// territory. A draft saves answer by answer; submitting locks it for good, so that results over time and comparisons
/// between assessors stand on answers nobody changes afterwards.</summary>
public sealed class Assessment : AuditedEntity
{
    public const int TerritoryMaxLength = 120;
    public const string Locked = "This assessment was submitted: its answers can no longer change.";

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GridVersionId { get; private set; }
    public GridVersion GridVersion { get; set; } = null!;

    /// <summary>The project assessed; null when the grid assesses a territory.</summary>
    public Guid? ProjectId { get; private set; }
    public Project? Project { get; set; }

    /// <summary>The territory assessed ("Lanaudière") and its region ("Québec"); empty for a project.</summary>
    public string TerritoryName { get; private set; } = "";
    public string TerritoryRegion { get; private set; } = "";

    /// <summary>The territory study this assessment answers; null for a project.</summary>
    public Guid? StudyId { get; private set; }
    public TerritoryStudy? Study { get; set; }

    public AssessorKind Kind { get; private set; }
    public Guid AssessorId { get; private set; }
    public AssessmentStatus Status { get; private set; } = AssessmentStatus.Draft;
    public Instant? SubmittedAt { get; private set; }
    public List<AssessmentAnswer> Answers { get; set; } = [];

    public bool IsSubmitted => Status == AssessmentStatus.Submitted;

    public static Assessment OfProject(Guid gridVersionId, Guid projectId, AssessorKind kind, Guid assessorId) =>
        new() { GridVersionId = gridVersionId, ProjectId = projectId, Kind = kind, AssessorId = assessorId };

    public static Assessment OfTerritory(Guid gridVersionId, TerritoryStudy study, Guid assessorId) =>
        new()
        {
            GridVersionId = gridVersionId, StudyId = study.Id, TerritoryName = study.TerritoryName, TerritoryRegion = study.TerritoryRegion,
            Kind = AssessorKind.Coach, AssessorId = assessorId,
        };

    /// <summary>Why this person cannot change the answers, or null.</summary>
    public string? CannotAnswer(Guid? userId) =>
        IsSubmitted ? Locked :
        userId != AssessorId ? "Only the assessor changes the answers of an assessment." : null;

    /// <summary>Records an answer to a criterion of the pinned version: a level, or not applicable, or nothing yet,
    /// with its evidence and comment. The criterion and level must belong to the version (checked by the caller).</summary>
    public AssessmentAnswer Answer(Guid criterionId, Guid? levelId, bool notApplicable, string evidence, string evidenceLink, string comment)
    {
        if (IsSubmitted) throw new GridRuleException(Locked);
        var answer = Answers.SingleOrDefault(a => a.CriterionId == criterionId);
        if (answer is null)
        {
            answer = new AssessmentAnswer { AssessmentId = Id, CriterionId = criterionId };
            Answers.Add(answer);
        }
        answer.LevelId = notApplicable ? null : levelId;
        answer.NotApplicable = notApplicable;
        answer.Evidence = evidence.Trim();
        answer.EvidenceLink = evidenceLink.Trim();
        answer.Comment = comment.Trim();
        return answer;
    }

    public void Submit(Instant at)
    {
        if (IsSubmitted) throw new GridRuleException(Locked);
        Status = AssessmentStatus.Submitted;
        SubmittedAt = at;
    }

    /// <summary>The answers as scoring reads them: a level or not applicable; empty answers are missing.</summary>
    public IEnumerable<Answer> ForScoring() => ForScoring(Answers);

    public static IEnumerable<Answer> ForScoring(IEnumerable<AssessmentAnswer> answers) =>
        answers.Where(a => a.NotApplicable || a.LevelId is not null)
            .Select(a => a.NotApplicable ? Grids.Answer.NotApplicableTo(a.CriterionId) : Grids.Answer.Level(a.CriterionId, a.LevelId!.Value));
}

/// <summary>An answer to one criterion: a level of the scale or "not applicable", the evidence behind it (text and a
/// link) and a comment.</summary>
public sealed class AssessmentAnswer
{
    public const int EvidenceMaxLength = 4000;
    public const int LinkMaxLength = 500;
    public const int CommentMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssessmentId { get; set; }
    public Guid CriterionId { get; set; }
    public Guid? LevelId { get; set; }
    public bool NotApplicable { get; set; }
    public string Evidence { get; set; } = "";
    public string EvidenceLink { get; set; } = "";
    public string Comment { get; set; } = "";
}

public sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Ignore(a => a.IsSubmitted);
        builder.Property(a => a.TerritoryName).HasMaxLength(Assessment.TerritoryMaxLength);
        builder.Property(a => a.TerritoryRegion).HasMaxLength(Assessment.TerritoryMaxLength);
        builder.HasOne(a => a.GridVersion).WithMany().HasForeignKey(a => a.GridVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Project).WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Study).WithMany().HasForeignKey(a => a.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account.AppUser>().WithMany().HasForeignKey(a => a.AssessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Answers).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProjectId, a.GridVersionId, a.Status });
        builder.HasIndex(a => a.AssessorId);
        builder.HasIndex(a => a.GridVersionId);
    }
}

public sealed class AssessmentAnswerConfiguration : IEntityTypeConfiguration<AssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<AssessmentAnswer> builder)
    {
        builder.Property(a => a.Evidence).HasMaxLength(AssessmentAnswer.EvidenceMaxLength);
        builder.Property(a => a.EvidenceLink).HasMaxLength(AssessmentAnswer.LinkMaxLength);
        builder.Property(a => a.Comment).HasMaxLength(AssessmentAnswer.CommentMaxLength);
        builder.HasIndex(a => new { a.AssessmentId, a.CriterionId }).IsUnique();
        builder.HasOne<GridCriterion>().WithMany().HasForeignKey(a => a.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GridLevel>().WithMany().HasForeignKey(a => a.LevelId).OnDelete(DeleteBehavior.Restrict);
    }
}
