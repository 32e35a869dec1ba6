
namespace Passerelles.Web.Features.Assessments;

public enum InvitationStatus
{
    Sent,
    Started,
    Submitted,
}

/// <summary>An invitation, sent by e-mail, to assess a project with a grid version as a given kind of assessor, or the
/// territory of a study with a territory grid. Its link leads the invited person, once signed in with the invited
/// address, to their assessment. An invitation to a project grants no access by itself; one to a study is how its
/// assessors come in, from anywhere. It can be sent again a few times while the person has not started.</summary>
public sealed class AssessmentInvitation : AuditedEntity
{
    public const int MaxSends = 3;
    public const int MessageMaxLength = 1000;
    public const string TooManySends = "This invitation was already sent {0} times: it cannot be sent again.";
    public const string AlreadyStarted = "This person already started the assessment: there is nothing to send again.";

    public Guid Id { get; set; } = Guid.NewGuid();
    /// <summary>The project to assess; null when the invitation is to assess a territory.</summary>
    public Guid? ProjectId { get; private set; }

    /// <summary>The territory to assess ("Lanaudière") and its region ("Québec"); empty for a project.</summary>
    public string TerritoryName { get; private set; } = "";
    public string TerritoryRegion { get; private set; } = "";

    /// <summary>The territory study the invited person is to answer; null for a project.</summary>
    public Guid? StudyId { get; private set; }

    public Guid GridVersionId { get; private set; }
    public GridVersion GridVersion { get; set; } = null!;
    public string Email { get; private set; } = "";
    public AssessorKind Kind { get; private set; }
    public string Message { get; private set; } = "";
    public Guid InvitedBy { get; private set; }
    public Instant SentAt { get; private set; }
    public Instant LastSentAt { get; private set; }
    public int SendCount { get; private set; }

    /// <summary>The assessment the invited person started by following the link.</summary>
    public Guid? AssessmentId { get; private set; }
    public Assessment? Assessment { get; set; }

    public static AssessmentInvitation Send(Guid projectId, Guid gridVersionId, string email, AssessorKind kind, string message, Guid invitedBy, Instant at) =>
        new()
        {
            ProjectId = projectId, GridVersionId = gridVersionId, Email = email.Trim(), Kind = kind, Message = message.Trim(),
            InvitedBy = invitedBy, SentAt = at, LastSentAt = at, SendCount = 1,
        };

    /// <summary>An invitation to assess the territory of a study; whoever follows it becomes an assessor of the study.</summary>
    public static AssessmentInvitation SendForTerritory(Guid gridVersionId, TerritoryStudy study, string email, string message, Guid invitedBy, Instant at) =>
        new()
        {
            StudyId = study.Id, TerritoryName = study.TerritoryName, TerritoryRegion = study.TerritoryRegion, GridVersionId = gridVersionId, Email = email.Trim(),
            Kind = AssessorKind.Coach, Message = message.Trim(), InvitedBy = invitedBy, SentAt = at, LastSentAt = at, SendCount = 1,
        };

    public bool IsForTerritory => ProjectId is null;

    public static InvitationStatus StatusOf(Guid? assessmentId, AssessmentStatus? assessment) =>
        assessmentId is null ? InvitationStatus.Sent :
        assessment == AssessmentStatus.Submitted ? InvitationStatus.Submitted : InvitationStatus.Started;

    /// <summary>Why the invitation cannot be sent again, or null: not once the person started, nor more than
    /// <see cref="MaxSends"/> times in all.</summary>
    public string? CannotResend() =>
        AssessmentId is not null ? AlreadyStarted :
        SendCount >= MaxSends ? TooManySends : null;

    public void Resend(Instant at)
    {
        if (CannotResend() is { } problem) throw new GridRuleException(problem);
        SendCount++;
        LastSentAt = at;
    }

    /// <summary>Whether the signed-in address is the invited one.</summary>
    public bool IsFor(string? email) => email is not null && string.Equals(email.Trim(), Email, StringComparison.OrdinalIgnoreCase);

    public void StartedWith(Guid assessmentId) => AssessmentId ??= assessmentId;
}

public sealed class AssessmentInvitationConfiguration : IEntityTypeConfiguration<AssessmentInvitation>
{
    public void Configure(EntityTypeBuilder<AssessmentInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Message).HasMaxLength(AssessmentInvitation.MessageMaxLength);
        builder.Property(i => i.TerritoryName).HasMaxLength(Assessment.TerritoryMaxLength);
        builder.Property(i => i.TerritoryRegion).HasMaxLength(Assessment.TerritoryMaxLength);
        builder.Ignore(i => i.IsForTerritory);
        builder.HasOne<Project>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TerritoryStudy>().WithMany().HasForeignKey(i => i.StudyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.GridVersion).WithMany().HasForeignKey(i => i.GridVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account.AppUser>().WithMany().HasForeignKey(i => i.InvitedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Assessment).WithMany().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => i.ProjectId);
    }
}
