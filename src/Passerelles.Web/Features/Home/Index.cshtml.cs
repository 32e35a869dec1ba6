
namespace Passerelles.Web.Features.Home;

/// <summary>The home page: what awaits the person, shaped by what they do in the network. Coordinators — those who act
/// for an organisation as its administrators or its carrier's — see the partnership they lead; incubator staff their
/// cohorts and actions; project teams their project; partner guests what they can use; everyone their own to-dos.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors, ViewerTime time, Microsoft.Extensions.Localization.IStringLocalizer<Text> t) : PageModel
{
    public sealed record MembershipRow(Guid OrganisationId, string Organisation, Side Side, MemberRole Role);

    public sealed record AdministeredRow(Guid OrganisationId, string Organisation, int PendingProposals);

    public IReadOnlyList<MembershipRow> Memberships { get; private set; } = [];
    public bool IsNetworkAdministrator { get; private set; }
    public int OrganisationCount { get; private set; }
    public int PeopleCount { get; private set; }

    /// <summary>Whether the person sets up programmes, cohorts and stages for at least one incubator.</summary>
    public bool IsIncubatorStaff { get; private set; }

    /// <summary>Whether the person acts for an organisation as administrator, directly or through a carrier.</summary>
    public bool IsCoordinator { get; private set; }

    /// <summary>Whether the person takes part only as a partner: no staff role, no project.</summary>
    public bool IsPartnerGuest { get; private set; }

    /// <summary>The organisations the person manages (members, profile, proposed changes), carried ones included.</summary>
    public IReadOnlyList<AdministeredRow> Administered { get; private set; } = [];
    public Instant Now { get; private set; }
    public LocalDate Today { get; private set; }
    public Dashboards.StaffView? Staff { get; private set; }
    public Dashboards.TeamView? Team { get; private set; }
    public Dashboards.MyActionsView MyActions { get; private set; } = new([], 0);
    public IReadOnlyList<Dashboards.CircleActionRow> MyCircleActions { get; private set; } = [];
    public IReadOnlyList<Dashboards.MissionFollowUpRow> MyMissionFollowUps { get; private set; } = [];
    public IReadOnlyList<Partnership.AgreementRow> Agreements { get; private set; } = [];
    public IReadOnlyList<Partnership.CommitmentRow> Commitments { get; private set; } = [];
    public Partnership.CirclesView Circles { get; private set; } = new([], []);
    public IReadOnlyList<Partnership.StudyRow> SponsoredStudies { get; private set; } = [];
    public IReadOnlyList<Partnership.AssessedStudyRow> AssessedStudies { get; private set; } = [];
    public IReadOnlyList<Partnership.StudyInvitationRow> StudyInvitations { get; private set; } = [];
    public IReadOnlyList<Partnership.BridgeRow> Bridges { get; private set; } = [];
    public IReadOnlyList<MissionInvitations.Pending> MissionInvitations { get; private set; } = [];
    public MobilityWork.View? Mobility { get; private set; }
    public FunderReports.View? FunderReports { get; private set; }

    /// <summary>For those who manage grants: the reports due soon and the co-funding shortfalls.</summary>
    public GrantWork.View? Grants { get; private set; }

    /// <summary>For those who answer for an organisation's privacy: the open requests, soonest due first.</summary>
    public OfficerSection<Privacy.Requests.RequestsAwaiting.Row>? PrivacyRequests { get; private set; }
    public OfficerSection<Privacy.Transfers.ReviewsDue.Row>? TransferReviews { get; private set; }

    public async Task OnGetAsync()
    {
        var actor = await actors.GetAsync();
        Now = time.Now;
        var zone = TimeZones.Get(time.ZoneId);
        Today = Now.InZone(zone).Date;
        IsNetworkAdministrator = actor.IsNetworkAdministrator;
        IsCoordinator = actor.Administers.Count > 0;
        Memberships = actor.Memberships.Select(m => new MembershipRow(m.OrganisationId, m.Name, m.Side, m.Role)).ToList();
        IsIncubatorStaff = actor.IsNetworkAdministrator ? await db.Organisations.StaffedBy(actor).AnyAsync() : actor.StaffedIncubators.Count > 0;
        if (IsCoordinator) Administered = await AdministeredAsync(actor);
        if (IsIncubatorStaff)
        {
            var month = new Interval(
                Today.With(DateAdjusters.StartOfMonth).AtStartOfDayInZone(zone).ToInstant(),
                Today.With(DateAdjusters.EndOfMonth).PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
            Staff = await Dashboards.ForStaffAsync(db, actor, Now, Today, month, t["Projects"], t["Stage"]);
        }
        if (actor.UserId is { } me)
        {
            Team = await Dashboards.ForTeamMemberAsync(db, me, Now);
            MyActions = await Dashboards.MyActionsAsync(db, me);
            MyCircleActions = await Dashboards.MyCircleActionsAsync(db, me);
            MyMissionFollowUps = await Dashboards.MyMissionFollowUpsAsync(db, me);
            MissionInvitations = await Missions.MissionInvitations.PendingForAsync(db, me, Dashboards.ListLimit);
            Mobility = await MobilityWork.ForAsync(db, actor, me, Today);
        }
        FunderReports = await Home.FunderReports.ForAsync(db, actor);
        IsPartnerGuest = !actor.IsNetworkAdministrator && !actor.IsStaffSomewhere && Team is null && Memberships.Any(m => m.Role == MemberRole.PartnerGuest);

        Agreements = await Partnership.AgreementsAsync(db, actor, Today);
        Commitments = await Partnership.CommitmentsDueAsync(db, actor, Today);
        Circles = await Partnership.CirclesAsync(db, actor, Now);
        AssessedStudies = await Partnership.AssessedStudiesAsync(db, actor);
        StudyInvitations = await Partnership.StudyInvitationsAsync(db, actor);
        if (IsCoordinator)
        {
            SponsoredStudies = await Partnership.SponsoredStudiesAsync(db, actor);
            Bridges = await Partnership.RecentBridgesAsync(db, actor);
        }
        Grants = await GrantWork.ForAsync(db, actor, Today);
        PrivacyRequests = await Privacy.Requests.RequestsAwaiting.ForAsync(db, actor, Now);
        TransferReviews = await Privacy.Transfers.ReviewsDue.ForAsync(db, actor, Now);
        if (IsNetworkAdministrator)
        {
            OrganisationCount = await db.Organisations.CountAsync();
            PeopleCount = await db.Users.CountAsync();
        }
    }

    private async Task<IReadOnlyList<AdministeredRow>> AdministeredAsync(Actor actor)
    {
        var administered = actor.Administers.ToList();
        return (await db.Organisations.AsNoTracking().Where(o => administered.Contains(o.Id))
                .Select(o => new AdministeredRow(o.Id, o.Name,
                    db.ChangeProposals.Count(p => p.OrganisationId == o.Id && p.Status == ProposalStatus.Pending)))
                .ToListAsync())
            .OrderBy(o => o.Organisation, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Whether the agreements section shows: always for coordinators, for others when something awaits them.</summary>
    public bool ShowsAgreements => IsCoordinator || Agreements.Any(a => a.Awaiting.Count > 0);

    public bool ShowsCommitments => IsCoordinator || Commitments.Count > 0;

    public bool ShowsCircles => IsCoordinator || IsPartnerGuest || Circles.Circles.Count > 0;

    public bool ShowsAssessedStudies => IsPartnerGuest || AssessedStudies.Count > 0 || StudyInvitations.Count > 0;

    /// <summary>A partner guest owns no coaching action unless someone gave them one: the empty list would say nothing.</summary>
    public bool ShowsMyActions => !IsPartnerGuest || MyActions.Actions.Count > 0;
}
