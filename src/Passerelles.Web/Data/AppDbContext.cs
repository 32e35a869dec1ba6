using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Directory.Import;

namespace Passerelles.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The keys protecting cookies, antiforgery tokens and links, shared by every instance on PostgreSQL
    /// (<see cref="Infrastructure.Security.WebSecuritySetup"/>); unused on SQLite, whose single instance keeps them on disk.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<OrganisationTheme> OrganisationThemes => Set<OrganisationTheme>();
    public DbSet<ChangeProposal> ChangeProposals => Set<ChangeProposal>();
    public DbSet<Bridge> Bridges => Set<Bridge>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonRole> PersonRoles => Set<PersonRole>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<PersonalDataAccess> PersonalDataAccessLog => Set<PersonalDataAccess>();
    public DbSet<IncubatorStage> IncubatorStages => Set<IncubatorStage>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectTheme> ProjectThemes => Set<ProjectTheme>();
    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();
    public DbSet<StageChange> StageChanges => Set<StageChange>();
    public DbSet<ProjectTransfer> ProjectTransfers => Set<ProjectTransfer>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<ProjectDocument> ProjectDocuments => Set<ProjectDocument>();
    public DbSet<CoachingSession> CoachingSessions => Set<CoachingSession>();
    public DbSet<CoachingSessionProject> CoachingSessionProjects => Set<CoachingSessionProject>();
    public DbSet<CoachingParticipant> CoachingParticipants => Set<CoachingParticipant>();
    public DbSet<CoachingAction> CoachingActions => Set<CoachingAction>();
    public DbSet<ProjectShare> ProjectShares => Set<ProjectShare>();
    public DbSet<ShareRequest> ShareRequests => Set<ShareRequest>();
    public DbSet<Grid> Grids => Set<Grid>();
    public DbSet<GridVersion> GridVersions => Set<GridVersion>();
    public DbSet<GridLevel> GridLevels => Set<GridLevel>();
    public DbSet<GridDimension> GridDimensions => Set<GridDimension>();
    public DbSet<GridCriterion> GridCriteria => Set<GridCriterion>();
    public DbSet<GridIndicator> GridIndicators => Set<GridIndicator>();
    public DbSet<GridVersionMapping> GridVersionMappings => Set<GridVersionMapping>();
    public DbSet<GridCriterionLink> GridCriterionLinks => Set<GridCriterionLink>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AssessmentAnswer> AssessmentAnswers => Set<AssessmentAnswer>();
    public DbSet<AssessmentInvitation> AssessmentInvitations => Set<AssessmentInvitation>();
    public DbSet<TerritoryStudy> TerritoryStudies => Set<TerritoryStudy>();
    public DbSet<StudySponsor> StudySponsors => Set<StudySponsor>();
    public DbSet<StudyAssessor> StudyAssessors => Set<StudyAssessor>();
    public DbSet<Circle> Circles => Set<Circle>();
    public DbSet<CircleMember> CircleMembers => Set<CircleMember>();
    public DbSet<CircleSession> CircleSessions => Set<CircleSession>();
    public DbSet<SessionSeries> SessionSeries => Set<SessionSeries>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();
    public DbSet<AgreementSignatory> AgreementSignatories => Set<AgreementSignatory>();
    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();
    public DbSet<AgreementArticle> AgreementArticles => Set<AgreementArticle>();
    public DbSet<AgreementAnnex> AgreementAnnexes => Set<AgreementAnnex>();
    public DbSet<AgreementEvent> AgreementEvents => Set<AgreementEvent>();
    public DbSet<AgreementComment> AgreementComments => Set<AgreementComment>();
    public DbSet<ArticleMark> ArticleMarks => Set<ArticleMark>();
    public DbSet<PartyApproval> PartyApprovals => Set<PartyApproval>();
    public DbSet<AgreementSignature> AgreementSignatures => Set<AgreementSignature>();
    public DbSet<AgreementEvidencePack> AgreementEvidencePacks => Set<AgreementEvidencePack>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CommitmentCompletion> CommitmentCompletions => Set<CommitmentCompletion>();
    public DbSet<SentAgreementReminder> SentAgreementReminders => Set<SentAgreementReminder>();
    public DbSet<SessionDecision> SessionDecisions => Set<SessionDecision>();
    public DbSet<CircleAction> CircleActions => Set<CircleAction>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
    public DbSet<WorkingHours> WorkingHours => Set<WorkingHours>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<PollOption> PollOptions => Set<PollOption>();
    public DbSet<PollAnswer> PollAnswers => Set<PollAnswer>();
    public DbSet<ReminderSettings> ReminderSettings => Set<ReminderSettings>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<Discussion> Discussions => Set<Discussion>();
    public DbSet<DiscussionPost> DiscussionPosts => Set<DiscussionPost>();
    public DbSet<SentDigest> SentDigests => Set<SentDigest>();
    public DbSet<CircleResource> CircleResources => Set<CircleResource>();
    public DbSet<SessionRsvp> SessionRsvps => Set<SessionRsvp>();
    public DbSet<DirectoryChange> DirectoryChanges => Set<DirectoryChange>();
    public DbSet<Mission> Missions => Set<Mission>();
    public DbSet<MissionObjective> MissionObjectives => Set<MissionObjective>();
    public DbSet<MissionMember> MissionMembers => Set<MissionMember>();
    public DbSet<ItineraryItem> ItineraryItems => Set<ItineraryItem>();
    public DbSet<VisitRecord> VisitRecords => Set<VisitRecord>();
    public DbSet<PersonMet> PeopleMet => Set<PersonMet>();
    public DbSet<VisitOutcome> VisitOutcomes => Set<VisitOutcome>();
    public DbSet<VisitFile> VisitFiles => Set<VisitFile>();
    public DbSet<MissionFollowUp> MissionFollowUps => Set<MissionFollowUp>();
    public DbSet<SentFollowUpReminder> SentFollowUpReminders => Set<SentFollowUpReminder>();
    public DbSet<MissionCalendarFeed> MissionCalendarFeeds => Set<MissionCalendarFeed>();
    public DbSet<MissionCost> MissionCosts => Set<MissionCost>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventTrack> EventTracks => Set<EventTrack>();
    public DbSet<Presentation> Presentations => Set<Presentation>();
    public DbSet<PresentationSpeaker> PresentationSpeakers => Set<PresentationSpeaker>();
    public DbSet<PresentationFeedback> PresentationFeedback => Set<PresentationFeedback>();
    public DbSet<PresentationContact> PresentationContacts => Set<PresentationContact>();
    public DbSet<MobilityProgramme> MobilityProgrammes => Set<MobilityProgramme>();
    public DbSet<ProgrammeQuestion> ProgrammeQuestions => Set<ProgrammeQuestion>();
    public DbSet<MobilityCall> MobilityCalls => Set<MobilityCall>();
    public DbSet<InternshipOffer> InternshipOffers => Set<InternshipOffer>();
    public DbSet<MobilityApplication> MobilityApplications => Set<MobilityApplication>();
    public DbSet<ApplicationAnswer> ApplicationAnswers => Set<ApplicationAnswer>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<Residence> Residences => Set<Residence>();
    public DbSet<ResidenceCapacity> ResidenceCapacities => Set<ResidenceCapacity>();
    public DbSet<HousingRequest> HousingRequests => Set<HousingRequest>();
    public DbSet<VisitPhotoPerson> VisitPhotoPeople => Set<VisitPhotoPerson>();
    public DbSet<SensitiveDocument> SensitiveDocuments => Set<SensitiveDocument>();
    public DbSet<DocumentDestruction> DocumentDestructions => Set<DocumentDestruction>();
    public DbSet<ChecklistItem> ChecklistItems => Set<ChecklistItem>();
    public DbSet<SentChecklistReminder> SentChecklistReminders => Set<SentChecklistReminder>();
    public DbSet<PlacementStay> PlacementStays => Set<PlacementStay>();
    public DbSet<PlacementIncident> PlacementIncidents => Set<PlacementIncident>();
    public DbSet<OccupancyContract> OccupancyContracts => Set<OccupancyContract>();
    public DbSet<OccupancySignature> OccupancySignatures => Set<OccupancySignature>();
    public DbSet<StudentInvitation> StudentInvitations => Set<StudentInvitation>();
    public DbSet<GoverningBody> GoverningBodies => Set<GoverningBody>();
    public DbSet<PrivacyIncident> PrivacyIncidents => Set<PrivacyIncident>();
    public DbSet<SentIncidentReminder> SentIncidentReminders => Set<SentIncidentReminder>();
    public DbSet<PrivacyOfficer> PrivacyOfficers => Set<PrivacyOfficer>();
    public DbSet<TransferAssessment> TransferAssessments => Set<TransferAssessment>();
    public DbSet<GoverningBodyMember> GoverningBodyMembers => Set<GoverningBodyMember>();
    public DbSet<Features.Funding.FundingProgramme> FundingProgrammes => Set<Features.Funding.FundingProgramme>();
    public DbSet<Features.Funding.Grant> Grants => Set<Features.Funding.Grant>();
    public DbSet<Features.Funding.BudgetLine> BudgetLines => Set<Features.Funding.BudgetLine>();
    public DbSet<Features.Funding.ReportingDeadline> ReportingDeadlines => Set<Features.Funding.ReportingDeadline>();
    public DbSet<Features.Funding.DeadlineResponsible> DeadlineResponsibles => Set<Features.Funding.DeadlineResponsible>();
    public DbSet<Features.Funding.SentDeadlineReminder> SentDeadlineReminders => Set<Features.Funding.SentDeadlineReminder>();
    public DbSet<Features.Funding.GrantEntry> GrantEntries => Set<Features.Funding.GrantEntry>();
    public DbSet<Features.Funding.ExchangeRate> ExchangeRates => Set<Features.Funding.ExchangeRate>();
    public DbSet<Features.Reports.ReportTemplate> ReportTemplates => Set<Features.Reports.ReportTemplate>();
    public DbSet<Features.Reports.Report> Reports => Set<Features.Reports.Report>();
    public DbSet<Features.Privacy.Register.ProcessingActivity> ProcessingActivities => Set<Features.Privacy.Register.ProcessingActivity>();
    public DbSet<Features.Privacy.Register.RetentionRun> RetentionRuns => Set<Features.Privacy.Register.RetentionRun>();
    public DbSet<Features.Privacy.Requests.PrivacyRequest> PrivacyRequests => Set<Features.Privacy.Requests.PrivacyRequest>();
    public DbSet<Features.Privacy.Requests.SentRequestReminder> SentRequestReminders => Set<Features.Privacy.Requests.SentRequestReminder>();
    /// <summary>Uploaded files on PostgreSQL (<see cref="Infrastructure.Files.PostgresFileStore"/>); unused on SQLite.</summary>
    public DbSet<Infrastructure.Files.StoredFile> StoredFiles => Set<Infrastructure.Files.StoredFile>();
    public DbSet<Infrastructure.Files.StoredFileChunk> StoredFileChunks => Set<Infrastructure.Files.StoredFileChunk>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(AuditedEntity).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(AuditedEntity.Version)).IsConcurrencyToken();
        }
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            StoreDefaults(property);
        }
    }

    /// <summary>The app's defaults, set once rather than in each configuration: a record makes its own id when it is
    /// created (<c>= Guid.NewGuid()</c>), so the database never does; and a choice (an enum) is stored by its name, in
    /// 20 characters unless its configuration says otherwise. Identity's own types and flag sets are left as they are.</summary>
    private static void StoreDefaults(IMutableProperty property)
    {
        if (property.DeclaringType.ClrType.Namespace?.StartsWith("Passerelles.", StringComparison.Ordinal) != true) return;
        if (property.Name == "Id" && property.ClrType == typeof(Guid) && property.IsPrimaryKey() && property.DeclaringType.ClrType != typeof(AppUser))
        {
            property.ValueGenerated = ValueGenerated.Never;
        }
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (type.IsEnum && !type.IsDefined(typeof(FlagsAttribute), false) && property.GetValueConverter() is null && property.GetProviderClrType() is null)
        {
            property.SetProviderClrType(typeof(string));
            if (property.GetMaxLength() is null) property.SetMaxLength(20);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<Instant>().HaveConversion<InstantConverter>();
        configuration.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
    }
}
