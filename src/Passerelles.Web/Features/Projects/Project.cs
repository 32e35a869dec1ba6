namespace Passerelles.Web.Features.Projects;

/// <summary>Where a project stands with its incubator: it applies, is put on the waiting list, declined or accepted
/// (active, in a cohort), and finally exits.</summary>
public enum ProjectStatus { Applied, WaitingList, Declined, Active, Exited }

/// <summary>How an incubated project left the incubator.</summary>
public enum ExitOutcome { Launched, Pivoted, Dropped }

/// <summary>A project incubated, or asking to be, by one incubator at a time. Its side is its incubator's side.
/// Stage changes and transfers are appended to its history, never edited. Deleting a project archives it for
/// reporting; a privacy erasure removes its personal data and keeps only what counts anonymously.</summary>
public class Project : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int ShortTextMaxLength = 300;
    public const int ReasonMaxLength = 1000;

    private string _name = "";

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid IncubatorId { get; private set; }
    public Organisation Incubator { get; set; } = null!;
    public Guid? CohortId { get; private set; }
    public Cohort? Cohort { get; set; }

    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            SearchName = Organisation.SearchKey(value);
        }
    }

    /// <summary>The name folded for search: lower case, without accents.</summary>
    public string SearchName { get; private set; } = "";

    /// <summary>Name, summary, need, territory and themes folded for search (lower case, without accents); kept in step
    /// on every save by <see cref="ProjectSearchText"/>.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The project in a few lines, in Markdown; rendered through the sanitiser.</summary>
    public string Summary { get; set; } = "";
    public string NeedAddressed { get; set; } = "";
    public string Beneficiaries { get; set; } = "";
    public string Territory { get; set; } = "";
    public string LegalFormEnvisaged { get; set; } = "";
    public List<ProjectTheme> Themes { get; set; } = [];

    public ProjectStatus Status { get; private set; } = ProjectStatus.Applied;

    /// <summary>Why the project was declined, told to the applicants; empty otherwise.</summary>
    public string DeclineReason { get; private set; } = "";
    public Instant? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public ExitOutcome? ExitOutcome { get; private set; }
    public LocalDate? ExitedOn { get; private set; }

    public Guid? CurrentStageId { get; private set; }
    public IncubatorStage? CurrentStage { get; set; }

    /// <summary>Set when the project is deleted: it leaves the lists but stays in reporting.</summary>
    public Instant? ArchivedAt { get; private set; }

    /// <summary>Set when its personal data was erased at someone's request; the project is then archived too.</summary>
    public Instant? ErasedAt { get; private set; }

    /// <summary>Where and in which language the applicants are told of the decision.</summary>
    public string ApplicantEmail { get; set; } = "";
    public string ApplicantCulture { get; set; } = "";

    /// <summary>When the applicants consented to the application form's privacy notice, and the version of the notice
    /// they read; null for a project that did not come through the form.</summary>
    public Instant? PrivacyConsentAt { get; private set; }
    public int? PrivacyNoticeVersion { get; private set; }

    public List<ProjectMember> Members { get; set; } = [];
    public List<StageChange> StageChanges { get; set; } = [];
    public List<ProjectTransfer> Transfers { get; set; } = [];
    public List<ProjectShare> Shares { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
    public List<ProjectDocument> Documents { get; set; } = [];

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>A new application to <paramref name="incubatorId"/>.</summary>
    public static Project ApplyTo(Guid incubatorId, string name) => new() { IncubatorId = incubatorId, Name = name };

    public void RecordPrivacyConsent(int noticeVersion, Instant at)
    {
        PrivacyNoticeVersion = noticeVersion;
        PrivacyConsentAt = at;
    }

    public string? CannotDecide() =>
        Status is ProjectStatus.Applied or ProjectStatus.WaitingList ? null : "This project's application was already decided.";

    /// <summary>Why <paramref name="cohort"/> cannot take the project, or null. The cohort's programme must be loaded.</summary>
    public string? CannotAcceptInto(Cohort cohort, IncubatorStage firstStage) =>
        CannotDecide()
        ?? (cohort.Programme.IncubatorId != IncubatorId ? "This cohort belongs to another incubator." : null)
        ?? (firstStage.IncubatorId != IncubatorId ? "This stage belongs to another incubator's stage model." : null);

    /// <summary>Accepts the project into <paramref name="cohort"/>, at <paramref name="firstStage"/> of the incubator's model.</summary>
    public void AcceptInto(Cohort cohort, IncubatorStage firstStage, Instant at, Guid? by)
    {
        Refuse(CannotAcceptInto(cohort, firstStage));
        CohortId = cohort.Id;
        Cohort = cohort;
        Decide(ProjectStatus.Active, "", at, by);
        MoveToStage(firstStage, at, by, "");
    }

    public void PutOnWaitingList(Instant at, Guid? by)
    {
        Refuse(CannotDecide());
        Decide(ProjectStatus.WaitingList, "", at, by);
    }

    public static string? CannotDeclineBecause(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Say why the project is declined: the applicants are told." : null;

    public void Decline(string reason, Instant at, Guid? by)
    {
        Refuse(CannotDecide() ?? CannotDeclineBecause(reason));
        Decide(ProjectStatus.Declined, reason.Trim(), at, by);
    }

    /// <summary>Moves an accepted project to <paramref name="cohort"/> of the same incubator.</summary>
    public void MoveToCohort(Cohort cohort)
    {
        if (cohort.Programme.IncubatorId != IncubatorId) Refuse("This cohort belongs to another incubator.");
        CohortId = cohort.Id;
        Cohort = cohort;
    }

    public string? CannotMoveTo(IncubatorStage stage) =>
        stage.IncubatorId != IncubatorId ? "This stage belongs to another incubator's stage model." :
        stage.Id == CurrentStageId ? "The project is already at this stage." : null;

    /// <summary>Moves the project to <paramref name="stage"/> and appends the change to its history.</summary>
    public StageChange MoveToStage(IncubatorStage stage, Instant at, Guid? author, string reason)
    {
        Refuse(CannotMoveTo(stage));
        var change = new StageChange(Id, stage.Id, at, author, reason.Trim());
        StageChanges.Add(change);
        CurrentStageId = stage.Id;
        CurrentStage = stage;
        return change;
    }

    public string? CannotExit() => Status == ProjectStatus.Active ? null : "Only an active project can exit.";

    public void Exit(ExitOutcome outcome, LocalDate on)
    {
        Refuse(CannotExit());
        if (!Enum.IsDefined(outcome)) Refuse("This value is not valid.");
        Status = ProjectStatus.Exited;
        ExitOutcome = outcome;
        ExitedOn = on;
    }

    public string? CannotTransferTo(Guid incubatorId, IncubatorStage? stageThere) =>
        incubatorId == IncubatorId ? "The project already belongs to this incubator." :
        stageThere is not null && stageThere.IncubatorId != incubatorId ? "This stage belongs to another incubator's stage model." : null;

    /// <summary>Hands the project over to another incubator, which becomes its only incubator: it leaves its cohort,
    /// takes <paramref name="stageThere"/> in the new incubator's model, and every share ends, since the consent behind
    /// it was given for the former incubator's sharing. The transfer is appended to the history.</summary>
    public ProjectTransfer TransferTo(Guid incubatorId, IncubatorStage? stageThere, Instant at, Guid? by, string reason)
    {
        Refuse(CannotTransferTo(incubatorId, stageThere));
        var transfer = new ProjectTransfer(Id, IncubatorId, incubatorId, at, by, reason.Trim());
        Transfers.Add(transfer);
        foreach (var share in Shares.Where(s => s.IsActive)) share.Revoke(at, by);
        IncubatorId = incubatorId;
        CohortId = null;
        Cohort = null;
        CurrentStageId = null;
        CurrentStage = null;
        if (stageThere is not null) MoveToStage(stageThere, at, by, reason);
        return transfer;
    }

    /// <summary>Why the project cannot be shared with <paramref name="partnerIncubatorId"/> on the word of
    /// <paramref name="consentingMember"/>, or null. The members and shares must be loaded.</summary>
    public string? CannotShareWith(Guid partnerIncubatorId, ProjectMember? consentingMember) =>
        partnerIncubatorId == IncubatorId ? "A project is shared with another incubator than its own." :
        consentingMember is null || consentingMember.ProjectId != Id ? "Sharing needs the consent of a member of the project team." :
        Shares.Any(s => s.IsActive && s.PartnerIncubatorId == partnerIncubatorId) ? "The project is already shared with this incubator." : null;

    /// <summary>Shares the project with a partner incubator, whose coaches may then see it and log sessions, on the
    /// explicit consent of a member of its team.</summary>
    public ProjectShare ShareWith(Guid partnerIncubatorId, ProjectMember consentingMember, Instant consentAt, Instant at, Guid? by)
    {
        Refuse(CannotShareWith(partnerIncubatorId, consentingMember));
        var share = new ProjectShare
        {
            ProjectId = Id, PartnerIncubatorId = partnerIncubatorId, ConsentGivenByMemberId = consentingMember.Id,
            ConsentRecordedAt = consentAt, SharedAt = at, SharedBy = by,
        };
        Shares.Add(share);
        return share;
    }

    /// <summary>Takes the project out of the lists; it stays in reporting.</summary>
    public void Archive(Instant at) => ArchivedAt ??= at;

    /// <summary>Erases the personal data the project and its team hold (the members must be loaded) and archives it.
    /// Counts that name no one stay: the project's themes, stages, milestones and hours. Coaching notes, participants,
    /// actions and documents are personal data too and must be erased with it.</summary>
    public void Erase(Instant at)
    {
        Archive(at);
        ErasedAt ??= at;
        Name = $"—{Id.ToString()[..8]}";
        Summary = "";
        NeedAddressed = "";
        Beneficiaries = "";
        ApplicantEmail = "";
        DeclineReason = "";
        foreach (var member in Members) member.Erase();
    }

    private void Decide(ProjectStatus status, string reason, Instant at, Guid? by)
    {
        Status = status;
        DeclineReason = reason;
        DecidedAt = at;
        DecidedBy = by;
    }

    /// <summary>A rule the caller should have checked with the matching Cannot… method first.</summary>
    private static void Refuse(string? rule)
    {
        if (rule is not null) throw new ProjectRuleException(rule);
    }
}

/// <summary>A project rule broken by code that did not check it first; the message is the key of the explanation.</summary>
public sealed class ProjectRuleException(string message) : InvalidOperationException(message);

/// <summary>A theme the project works on: one of the priority themes (<see cref="OrganisationTheme.Priorities"/>) or a free tag.</summary>
public class ProjectTheme
{
    public Guid ProjectId { get; set; }
    public string Name { get; set; } = "";
}

public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        // Ids are made in code, so a record added through its parent's list is inserted, not taken for an update.
        builder.Property(p => p.Name).HasMaxLength(Project.NameMaxLength);
        builder.Property(p => p.SearchName).HasMaxLength(Project.NameMaxLength);
        builder.Property(p => p.SearchText).HasDefaultValue("");
        builder.Property(p => p.Summary).HasMaxLength(Project.TextMaxLength);
        builder.Property(p => p.NeedAddressed).HasMaxLength(Project.TextMaxLength);
        builder.Property(p => p.Beneficiaries).HasMaxLength(Project.TextMaxLength);
        builder.Property(p => p.Territory).HasMaxLength(Project.ShortTextMaxLength);
        builder.Property(p => p.LegalFormEnvisaged).HasMaxLength(120);
        builder.Property(p => p.DeclineReason).HasMaxLength(Project.ReasonMaxLength);
        builder.Property(p => p.ApplicantEmail).HasMaxLength(256);
        builder.Property(p => p.ApplicantCulture).HasMaxLength(10);
        builder.HasOne(p => p.Incubator).WithMany().HasForeignKey(p => p.IncubatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Cohort).WithMany().HasForeignKey(p => p.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.CurrentStage).WithMany().HasForeignKey(p => p.CurrentStageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Themes).WithOne().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.IncubatorId, p.Status });
        builder.HasIndex(p => new { p.CohortId, p.CurrentStageId });
        builder.HasIndex(p => p.CurrentStageId);
        builder.HasIndex(p => p.SearchName);
    }
}

public sealed class ProjectThemeConfiguration : IEntityTypeConfiguration<ProjectTheme>
{
    public void Configure(EntityTypeBuilder<ProjectTheme> builder)
    {
        builder.HasKey(t => new { t.ProjectId, t.Name });
        builder.Property(t => t.Name).HasMaxLength(OrganisationTheme.NameMaxLength);
        builder.HasIndex(t => t.Name);
    }
}
