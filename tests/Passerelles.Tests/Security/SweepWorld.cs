using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Tests.Assessments;
using Passerelles.Tests.Grids;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Directory.Import;
using Passerelles.Web.Features.Funding;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Parity;
using Passerelles.Web.Features.Privacy.Incidents;
using Passerelles.Web.Features.Privacy.Register;
using Passerelles.Web.Features.People;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Features.Reports;

namespace Passerelles.Tests.Security;

/// <summary>The roles of the access matrix (Access/README.md), each relative to the record asked for:
/// its owner organisation, that organisation's carrier, its partner (the other party, the incubator a project is shared
/// with, the other end of a bridge, the other co-facilitator) and an unrelated organisation of the same side.</summary>
public enum SweepRole
{
    NetworkAdministrator,
    CarrierAdministrator,
    OwnerAdministrator,
    OwnerCoach,
    PartnerCoach,
    UnrelatedCoach,
    ProjectMember,
    PartnerGuest,
    OutsideAssessor,
    Visitor,
}

/// <summary>A signed-in account of the sweep, with its one client (one sign-in, reused for every request).</summary>
public sealed record SweepAccount(Guid UserId, string Email, HttpClient Client);

/// <summary>One incubator and everyone around it: its carrier (a private organisation that carries it), the carrier's
/// administrator, its own administrator and coach, a project member (member of the incubator and of its project's
/// team), a partner guest, and an outside assessor of the territory study it sponsors.</summary>
public sealed class SweepTeam
{
    public required string Name { get; init; }
    public required Side Side { get; init; }
    public required Guid IncubatorId { get; init; }
    public required Guid CarrierId { get; init; }
    public required SweepAccount CarrierAdministrator { get; init; }
    public required SweepAccount Administrator { get; init; }
    public required SweepAccount Coach { get; init; }
    public required SweepAccount ProjectMember { get; init; }
    public required SweepAccount Guest { get; init; }
    public required SweepAccount Assessor { get; init; }
    public SweepTeam Partner { get; set; } = null!;
    public SweepTeam Unrelated { get; set; } = null!;
    public override string ToString() => Name;
}

/// <summary>One record of a kind named in the matrix: the team it belongs to, and the value of each route parameter
/// that addresses it.</summary>
public sealed record SweepRecord(SweepTeam Owner, IReadOnlyDictionary<string, string> Values);

/// <summary>The app on a database of its own, filled through the model with one record of each kind for two unrelated
/// incubators on each side of the ocean: Québec 1 works with France 1, Québec 2 with France 2; Québec 1 and Québec 2
/// (and France 1 and France 2) know nothing of each other.</summary>
public sealed class SweepApp : AppFactory
{
    private readonly Lazy<Task<SweepWorld>> _world;

    public SweepApp() => _world = new(() => SweepWorld.BuildAsync(this));

    public Task<SweepWorld> WorldAsync() => _world.Value;
}

public sealed class SweepWorld
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 14, 0);

    private readonly Dictionary<string, List<SweepRecord>> _records = new(StringComparer.Ordinal);

    private SweepWorld(SweepAccount administrator, HttpClient visitor, IReadOnlyList<SweepTeam> teams)
    {
        NetworkAdministrator = administrator;
        Visitor = visitor;
        Teams = teams;
    }

    public SweepAccount NetworkAdministrator { get; }
    public HttpClient Visitor { get; }
    public IReadOnlyList<SweepTeam> Teams { get; }

    /// <summary>The records of each kind, by the name the matrix's Record column gives them.</summary>
    public IReadOnlyDictionary<string, List<SweepRecord>> Records => _records;

    public HttpClient ClientFor(SweepRole role, SweepTeam owner) => role switch
    {
        SweepRole.NetworkAdministrator => NetworkAdministrator.Client,
        SweepRole.CarrierAdministrator => owner.CarrierAdministrator.Client,
        SweepRole.OwnerAdministrator => owner.Administrator.Client,
        SweepRole.OwnerCoach => owner.Coach.Client,
        SweepRole.PartnerCoach => owner.Partner.Coach.Client,
        SweepRole.UnrelatedCoach => owner.Unrelated.Coach.Client,
        SweepRole.ProjectMember => owner.ProjectMember.Client,
        SweepRole.PartnerGuest => owner.Guest.Client,
        SweepRole.OutsideAssessor => owner.Assessor.Client,
        _ => Visitor,
    };

    private void Add(string kind, SweepTeam owner, params (string Name, object Value)[] values) =>
        (_records.TryGetValue(kind, out var list) ? list : _records[kind] = []).Add(
            new SweepRecord(owner, values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!)));

    public static async Task<SweepWorld> BuildAsync(AppFactory app)
    {
        var administrator = await AccountAsync(app, AppFactory.AdministratorEmail, null);
        var quebec1 = await TeamAsync(app, "Québec 1", Side.Quebec);
        var quebec2 = await TeamAsync(app, "Québec 2", Side.Quebec);
        var france1 = await TeamAsync(app, "France 1", Side.France);
        var france2 = await TeamAsync(app, "France 2", Side.France);
        (quebec1.Partner, france1.Partner, quebec2.Partner, france2.Partner) = (france1, quebec1, france2, quebec2);
        (quebec1.Unrelated, quebec2.Unrelated, france1.Unrelated, france2.Unrelated) = (quebec2, quebec1, france2, france1);
        var world = new SweepWorld(administrator, app.CreateBrowserlikeClient(), [quebec1, quebec2, france1, france2]);

        var projectGrid = await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile());
        var territoryGrid = await app.CreatePublishedGridAsync(AssessmentsTesting.FourLevelFile(subject: "territory"));
        await world.GridsAsync(app, projectGrid);

        var projects = new Dictionary<SweepTeam, (Guid Project, Guid Member)>();
        foreach (var team in world.Teams)
        {
            await world.OrganisationAsync(app, team);
            projects[team] = await world.ProjectAsync(app, team, projectGrid);
            await world.StudyAsync(app, team, territoryGrid);
        }
        foreach (var (owner, partner) in new[] { (quebec1, france1), (france1, quebec1), (quebec2, france2), (france2, quebec2) })
            await world.ShareAsync(app, owner, partner, projects[owner]);
        await world.BridgeAsync(app, quebec1, quebec1.IncubatorId, france1.IncubatorId, "bridge");
        await world.BridgeAsync(app, quebec2, quebec2.CarrierId, france2.IncubatorId, "bridge to a private organisation");
        await world.AgreementAsync(app, quebec1, quebec1.CarrierId, quebec1.CarrierAdministrator, "agreement (a carrier is party)");
        await world.AgreementAsync(app, quebec2, quebec2.IncubatorId, quebec2.Administrator, "agreement (incubators are parties)");
        await world.CircleAsync(app, quebec1);
        await world.CircleAsync(app, quebec2);
        await world.MissionAsync(app, quebec1);
        await world.MissionAsync(app, quebec2);
        await world.CostedMissionAsync(app, quebec1);
        await world.CostedMissionAsync(app, quebec2);
        await world.EventAsync(app, quebec1);
        await world.EventAsync(app, quebec2);
        await world.NetworkRecordsAsync(app, quebec1);
        await world.MissionRecordAsync(app, quebec1);
        await world.ProgrammeMissionAsync(app, quebec1);
        await world.PlannedMissionAsync(app, quebec1);
        await world.MobilityPlacementAsync(app, quebec1);
        await world.MobilityAsync(app, quebec1);
        await world.GoverningBodyAsync(app, quebec1);
        await world.PrivacyIncidentAsync(app, quebec1);
        await world.TransferAssessmentAsync(app, quebec1);
        await world.ProcessingActivityAsync(app, quebec1);
        await world.PrivacyRequestAsync(app, quebec1);
        await world.GrantAsync(app, quebec1);
        return world;
    }

    private static async Task<SweepAccount> AccountAsync(AppFactory app, string email, string? name)
    {
        var userId = email == AppFactory.AdministratorEmail
            ? await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync())
            : (await app.CreateUserAsync(email, name, culture: "en")).Id;
        return new SweepAccount(userId, email, await app.SignedInClientAsync(email));
    }

    private static async Task<SweepTeam> TeamAsync(AppFactory app, string name, Side side)
    {
        var key = name.Replace("é", "e").Replace(" ", "").ToLowerInvariant();
        var carrier = await app.CreateOrganisationAsync($"Carrier of {name}", side);
        var incubator = await app.CreateOrganisationAsync($"Incubator {name}", side);
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Organisations.SingleAsync(o => o.Id == incubator.Id);
            tracked.ParentId = carrier.Id;
            tracked.IsPublic = true;
            var trackedCarrier = await db.Organisations.SingleAsync(o => o.Id == carrier.Id);
            trackedCarrier.Kind = OrganisationKind.TransferCentre;
            await db.SaveChangesAsync();
        });
        async Task<SweepAccount> Member(string role, Guid? organisationId, MemberRole? memberRole)
        {
            var account = await AccountAsync(app, $"{role}.{key}@test.passerelles.org", $"{role} {name}");
            if (organisationId is { } id && memberRole is { } given) await app.AddMemberAsync(id, account.UserId, given);
            return account;
        }
        return new SweepTeam
        {
            Name = name, Side = side, IncubatorId = incubator.Id, CarrierId = carrier.Id,
            CarrierAdministrator = await Member("carrier-admin", carrier.Id, MemberRole.OrganisationAdministrator),
            Administrator = await Member("admin", incubator.Id, MemberRole.OrganisationAdministrator),
            Coach = await Member("coach", incubator.Id, MemberRole.Coach),
            ProjectMember = await Member("member", incubator.Id, MemberRole.ProjectMember),
            Guest = await Member("guest", incubator.Id, MemberRole.PartnerGuest),
            Assessor = await Member("assessor", null, null),
        };
    }

    /// <summary>The organisation records: the public incubator, its private carrier, a membership, a person the incubator
    /// controls who has not consented to be listed.</summary>
    private Task OrganisationAsync(AppFactory app, SweepTeam team) =>
        app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.UserId == team.ProjectMember.UserId && m.OrganisationId == team.IncubatorId);
            var person = new Person { DisplayName = $"Personne {team.Name}", Email = $"personne.{team.IncubatorId:N}@example.org", ControllerOrganisationId = team.IncubatorId };
            db.People.Add(person);
            await db.SaveChangesAsync();
            Add("organisation", team, ("id", team.IncubatorId));
            Add("private carrier", team, ("id", team.CarrierId));
            Add("membership", team, ("id", team.IncubatorId), ("membershipId", membership.Id));
            Add("person", team, ("id", person.Id));
        });

    /// <summary>A project accepted into a cohort, with its team member, a milestone, a document, a coaching session and
    /// action logged by its incubator, a draft assessment by its coach and an invitation to assess; an application not
    /// yet decided; the incubator's programme, cohort and stages.</summary>
    private async Task<(Guid Project, Guid Member)> ProjectAsync(AppFactory app, SweepTeam team, Guid gridVersionId)
    {
        var storedName = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        await app.StoreFileAsync(EvidenceDocuments.Area, storedName, "Plan d'affaires");
        return await app.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, team.IncubatorId);
            var stage = await db.IncubatorStages.Where(s => s.IncubatorId == team.IncubatorId).OrderBy(s => s.Position).FirstAsync();
            var programme = new Programme { IncubatorId = team.IncubatorId, Name = $"Parcours {team.Name}" };
            var cohort = new Cohort { Programme = programme, Name = "Cohorte 2026", StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15) };
            db.Cohorts.Add(cohort);
            var project = Project.ApplyTo(team.IncubatorId, $"Projet {team.Name}");
            project.AcceptInto(cohort, stage, Now, null);
            db.Projects.Add(project);
            var application = Project.ApplyTo(team.IncubatorId, $"Candidature {team.Name}");
            db.Projects.Add(application);
            var member = new ProjectMember { ProjectId = project.Id, UserId = team.ProjectMember.UserId, DisplayName = $"member {team.Name}", Email = team.ProjectMember.Email, Role = "Porteuse" };
            db.ProjectMembers.Add(member);
            var milestone = new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FirstRevenue, On = new LocalDate(2026, 2, 1) };
            db.Milestones.Add(milestone);
            var document = new ProjectDocument
            {
                ProjectId = project.Id, OriginalFileName = "plan.txt", ContentType = "text/plain", SizeBytes = 15, StoredName = storedName,
                UploadedBy = team.Coach.UserId, UploadedAt = Now,
            };
            db.ProjectDocuments.Add(document);
            var session = CoachingSession(team.IncubatorId, team.Coach.UserId, project.Id);
            db.CoachingSessions.Add(session);
            var action = new CoachingAction
            {
                SessionId = session.Id, IncubatorId = team.IncubatorId, ProjectId = project.Id, OwnerId = team.ProjectMember.UserId,
                DueOn = new LocalDate(2026, 4, 1), Description = "Écrire le budget prévisionnel",
            };
            db.CoachingActions.Add(action);
            var assessment = Assessment.OfProject(gridVersionId, project.Id, AssessorKind.Coach, team.Coach.UserId);
            assessment.Submit(Now);
            var draft = Assessment.OfProject(gridVersionId, project.Id, AssessorKind.Coach, team.Coach.UserId);
            db.Assessments.AddRange(assessment, draft);
            var invitation = AssessmentInvitation.Send(project.Id, gridVersionId, team.Partner.Coach.Email, AssessorKind.PartnerCoach, "", team.Coach.UserId, Now);
            db.AssessmentInvitations.Add(invitation);
            await db.SaveChangesAsync();

            Add("project", team, ("id", project.Id), ("versionId", gridVersionId));
            Add("application", team, ("id", application.Id));
            Add("team member", team, ("id", project.Id), ("memberId", member.Id));
            Add("milestone", team, ("id", project.Id), ("milestoneId", milestone.Id));
            Add("project document", team, ("id", project.Id), ("documentId", document.Id));
            Add("coaching session", team, ("id", session.Id));
            Add("coaching action", team, ("id", action.Id));
            Add("project assessment", team, ("id", assessment.Id));
            Add("draft project assessment", team, ("id", draft.Id));
            Add("project assessment invitation", team, ("id", invitation.Id));
            Add("programme", team, ("id", programme.Id), ("programmeId", programme.Id));
            Add("cohort", team, ("id", cohort.Id));
            Add("stage", team, ("id", stage.Id));
            Add("incubator", team, ("incubatorId", team.IncubatorId));
            return (project.Id, member.Id);
        });
    }

    private static CoachingSession CoachingSession(Guid incubatorId, Guid coachId, Guid projectId)
    {
        var session = new CoachingSession { IncubatorId = incubatorId, CoachId = coachId, DurationMinutes = 60, Topics = "Modèle économique", Kind = CoachingKind.Individual };
        session.AddProject(projectId);
        session.ScheduleAt(Now - Duration.FromDays(3), "America/Toronto");
        return session;
    }

    /// <summary>The project shared with the partner incubator, on its member's consent, and a session the partner's coach
    /// logged on it (which belongs to the partner: <see cref="SweepRecord.Owner"/> is the partner team).</summary>
    private Task ShareAsync(AppFactory app, SweepTeam owner, SweepTeam partner, (Guid Project, Guid Member) project) =>
        app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Shares).SingleAsync(p => p.Id == project.Project);
            tracked.ShareWith(partner.IncubatorId, await db.ProjectMembers.SingleAsync(m => m.Id == project.Member), Now, Now, owner.Coach.UserId);
            var session = CoachingSession(partner.IncubatorId, partner.Coach.UserId, project.Project);
            db.CoachingSessions.Add(session);
            await db.SaveChangesAsync();
            Add("coaching session on a partner's project", partner, ("id", session.Id));
        });

    /// <summary>A bridge between two organisations, with an evidence document.</summary>
    private async Task BridgeAsync(AppFactory app, SweepTeam owner, Guid from, Guid to, string kind)
    {
        var storedName = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        await app.StoreFileAsync(EvidenceDocuments.Area, storedName, "Lettre d'intention");
        await app.WithDbAsync(async db =>
        {
            var bridge = new Bridge
            {
                FromOrganisationId = from, ToOrganisationId = to, Kind = default, Description = "Échange de pratiques",
                EvidenceFileName = "lettre.txt", EvidenceStoredName = storedName,
            };
            db.Bridges.Add(bridge);
            await db.SaveChangesAsync();
            Add(kind, owner, ("id", bridge.Id));
        });
    }

    /// <summary>An agreement in approval, at its second version, between <paramref name="ownerParty"/> (the owner team's
    /// incubator or its carrier) and the partner's incubator; the partner party's approval recorded with its document
    /// (the owner party's is still awaited), a commitment of the owner party, and each party's acting administrator as
    /// its signatory. Its pages are asked with <c>?from=1&amp;to=2</c>, which the comparison of versions reads.</summary>
    private async Task AgreementAsync(AppFactory app, SweepTeam owner, Guid ownerParty, SweepAccount ownerSigner, string kind)
    {
        var storedName = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        await app.StoreFileAsync(EvidenceDocuments.Area, storedName, "Résolution du conseil");
        await app.WithDbAsync(async db =>
        {
            var agreement = new Agreement { Purpose = "Formaliser le transfert de pratiques." };
            var party = new AgreementParty { AgreementId = agreement.Id, OrganisationId = ownerParty, SigningRank = 1 };
            party.Signatories.Add(new AgreementSignatory { PartyId = party.Id, UserId = ownerSigner.UserId });
            var other = new AgreementParty { AgreementId = agreement.Id, OrganisationId = owner.Partner.IncubatorId, SigningRank = 2 };
            other.Signatories.Add(new AgreementSignatory { PartyId = other.Id, UserId = owner.Partner.Administrator.UserId });
            agreement.Parties.AddRange([party, other]);
            var article = Guid.NewGuid();
            var first = agreement.SaveVersion(0, $"Entente {owner.Name}", [(article, "Objet", "Partager nos pratiques.")], [], ownerSigner.UserId, Now)!;
            var second = agreement.SaveVersion(1, $"Entente {owner.Name}", [(article, "Objet", "Partager nos pratiques d'incubation.")], [], ownerSigner.UserId, Now)!;
            agreement.Status = AgreementStatus.InApproval;
            db.Agreements.Add(agreement);
            db.AgreementVersions.AddRange(first, second);
            var approval = new PartyApproval
            {
                AgreementId = agreement.Id, PartyId = other.Id, VersionNumber = 2, ResolutionReference = "CA-2026-04", ResolvedOn = new LocalDate(2026, 3, 1),
                DocumentFileName = "resolution.txt", DocumentStoredName = storedName, RecordedBy = owner.Partner.Administrator.UserId, RecordedAt = Now,
            };
            db.PartyApprovals.Add(approval);
            var commitment = new Commitment { AgreementId = agreement.Id, ArticleKey = article, What = "Accueillir une délégation", PartyId = party.Id, DueOn = new LocalDate(2026, 5, 1) };
            db.Commitments.Add(commitment);
            await db.SaveChangesAsync();
            Add(kind, owner, ("id", agreement.Id), ("number", 1), ("approvalId", approval.Id), ("partyId", party.Id), ("commitmentId", commitment.Id),
                ("query", "from=1&to=2"));
        });
    }

    /// <summary>A mission led by the owner's incubator, whose delegation has the owner's coach as an accepted member,
    /// with a visit at the partner's incubator (its coach is a host), a file of that visit and a cost.</summary>
    private async Task CostedMissionAsync(AppFactory app, SweepTeam owner)
    {
        var stored = await app.Services.GetRequiredService<VisitFiles>().Store.StoreAsync(Encoding.UTF8.GetBytes("Compte rendu"));
        await app.WithDbAsync(async db =>
        {
            var mission = new Mission
            {
                Title = $"Mission {owner.Name}", Direction = MissionDirection.QuebecToFrance, Status = MissionStatus.Confirmed,
                StartsOn = new LocalDate(2026, 10, 16), EndsOn = new LocalDate(2026, 10, 24), LeadOrganisationId = owner.IncubatorId,
            };
            mission.Members.Add(new MissionMember
            {
                MissionId = mission.Id, UserId = owner.Coach.UserId, OrganisationId = owner.IncubatorId, Role = MissionRole.Member,
                Status = MissionInvitationStatus.Accepted, InvitedAt = Now,
            });
            var visit = new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Visite", OrganisationId = owner.Partner.IncubatorId,
                StartsAt = Instant.FromUtc(2026, 10, 19, 8, 0), EndsAt = Instant.FromUtc(2026, 10, 19, 10, 0), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
            };
            mission.Items.Add(visit);
            db.Missions.Add(mission);
            var file = new VisitFile
            {
                ItemId = visit.Id, Title = "Compte rendu", FileName = "compte-rendu.txt", ContentType = "text/plain", Size = 12, StoredName = stored,
                AddedById = owner.Coach.UserId, AddedAt = Now,
            };
            db.VisitFiles.Add(file);
            var cost = new MissionCost
            {
                MissionId = mission.Id, Label = "Vol", Category = CostCategory.Travel, SpentOn = new LocalDate(2026, 10, 16), Amount = 1200m,
                Currency = MissionCost.Canadian, CadPerEur = 1.5m,
            };
            db.MissionCosts.Add(cost);
            await db.SaveChangesAsync();
            Add("mission with costs", owner, ("id", mission.Id), ("itemId", visit.Id), ("fileId", file.Id), ("costId", cost.Id));
        });
    }

    /// <summary>A circle co-facilitated by the owner's coach (Québec) and the partner's coach (France), whose other members
    /// are the owner's administrator and project member; a session, a poll, a discussion, a file resource, an action.</summary>
    private async Task CircleAsync(AppFactory app, SweepTeam owner)
    {
        var stored = await app.Services.GetRequiredService<ResourceFiles>().StoreAsync(Encoding.UTF8.GetBytes("Fiche pratique"));
        await app.WithDbAsync(async db =>
        {
            var circle = new Circle { Name = $"Cercle {owner.Name}", Purpose = "Partager nos pratiques." };
            circle.ChooseCoFacilitator(Side.Quebec, owner.Coach.UserId);
            circle.ChooseCoFacilitator(Side.France, owner.Partner.Coach.UserId);
            circle.AddMember(owner.Administrator.UserId, Side.Quebec);
            circle.AddMember(owner.ProjectMember.UserId, Side.Quebec);
            db.Circles.Add(circle);
            var session = new CircleSession { CircleId = circle.Id, Title = "Séance de mars", Agenda = "Tour de table" };
            session.Schedule(Now + Duration.FromDays(7), "America/Toronto", 90);
            db.CircleSessions.Add(session);
            var poll = new Poll { CircleId = circle.Id, Title = "Prochaine séance", TimeZoneId = "America/Toronto", DurationMinutes = 60 };
            poll.Options.Add(new PollOption { PollId = poll.Id, StartsAt = Now + Duration.FromDays(14) });
            db.Polls.Add(poll);
            var discussion = new Discussion { CircleId = circle.Id, Title = "Financements", StartedById = owner.Coach.UserId, StartedAt = Now, LastPostAt = Now };
            discussion.Posts.Add(new DiscussionPost { DiscussionId = discussion.Id, AuthorId = owner.Coach.UserId, Body = "Bonjour", PostedAt = Now });
            db.Discussions.Add(discussion);
            var resource = new CircleResource
            {
                CircleId = circle.Id, Title = "Fiche", Kind = ResourceKind.PracticeSheet, FileName = "fiche.txt", ContentType = "text/plain", Size = 14, StoredName = stored,
                AddedById = owner.Coach.UserId, AddedAt = Now,
            };
            db.CircleResources.Add(resource);
            var action = new CircleAction { SessionId = session.Id, Description = "Envoyer le compte rendu", OwnerId = owner.Coach.UserId, DueOn = new LocalDate(2026, 3, 24) };
            db.CircleActions.Add(action);
            await db.SaveChangesAsync();
            Add("circle", owner, ("id", circle.Id));
            Add("circle member", owner, ("id", circle.Id), ("userId", owner.ProjectMember.UserId));
            Add("circle session", owner, ("id", session.Id));
            Add("poll", owner, ("id", poll.Id));
            Add("discussion", owner, ("id", discussion.Id));
            Add("circle resource", owner, ("id", resource.Id));
            Add("circle action", owner, ("id", action.Id));
        });
    }

    /// <summary>A mission Québec → France led by the owner's incubator, planned by its coach (its lead), with the partner's
    /// coach invited and accepted as a member, and an objective.</summary>
    private Task PlannedMissionAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var mission = new Mission
            {
                Title = $"Mission {owner.Name}", Direction = MissionDirection.QuebecToFrance, StartsOn = new LocalDate(2026, 10, 16),
                EndsOn = new LocalDate(2026, 10, 24), LeadOrganisationId = owner.IncubatorId,
            };
            mission.Invite(owner.Coach.UserId, owner.IncubatorId, MissionRole.Lead, Now, accepted: true);
            var member = mission.Invite(owner.Partner.Coach.UserId, owner.Partner.IncubatorId, MissionRole.Member, Now);
            member.Answer(accept: true, Now);
            var objective = new MissionObjective { MissionId = mission.Id, Position = 1, Text = "Visiter le PTCE", PartnershipObjective = 5, Themes = MissionThemes.Innovation };
            db.Missions.Add(mission);
            db.MissionObjectives.Add(objective);
            await db.SaveChangesAsync();
            Add("mission", owner, ("id", mission.Id));
            Add("mission objective", owner, ("id", mission.Id), ("objectiveId", objective.Id));
            Add("mission member", owner, ("id", mission.Id), ("memberId", member.Id));
        });

    /// <summary>A mission of the owner incubator to its partner's side, whose delegation counts the owner's coach, with a
    /// visit at the partner incubator: the partner's people are its hosts.</summary>
    private Task MissionAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var mission = new Mission
            {
                Title = $"Mission {owner.Name}", Direction = owner.Side == Side.Quebec ? MissionDirection.QuebecToFrance : MissionDirection.FranceToQuebec,
                StartsOn = new LocalDate(2026, 10, 12), EndsOn = new LocalDate(2026, 10, 16), LeadOrganisationId = owner.IncubatorId,
            };
            mission.Members.Add(new MissionMember
            {
                MissionId = mission.Id, UserId = owner.Coach.UserId, OrganisationId = owner.IncubatorId, Role = MissionRole.Member,
                Status = MissionInvitationStatus.Accepted, InvitedAt = Now, RespondedAt = Now,
            });
            var visit = new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Visite", OrganisationId = owner.Partner.IncubatorId,
                StartsAt = Instant.FromUtc(2026, 10, 13, 7, 30), EndsAt = Instant.FromUtc(2026, 10, 13, 10, 0), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
            };
            mission.Items.Add(visit);
            db.Missions.Add(mission);
            await db.SaveChangesAsync();
            Add("mission with a visit", owner, ("id", mission.Id));
            Add("itinerary item (a visit)", owner, ("id", mission.Id), ("itemId", visit.Id));
        });

    /// <summary>A mobility call run by the owner incubator, with a published and a draft offer at its partner incubator
    /// (supervised by the partner's coach), the owner's partner guest's application to the published one, the owner
    /// sending them, and the owner's pending invitation of a student to apply to it.</summary>
    private async Task MobilityAsync(AppFactory app, SweepTeam owner)
    {
        var cv = await app.Services.GetRequiredService<CvFiles>().Store.StoreAsync("%PDF-1.4 cv"u8.ToArray());
        await app.WithDbAsync(async db =>
        {
            var programme = new MobilityProgramme { Name = $"Stages {owner.Name}", MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 };
            var call = new MobilityCall
            {
                Title = $"Appel {owner.Name}", Programme = programme, OrganisationId = owner.IncubatorId, Status = PublicationStatus.Published,
                Deadline = Instant.FromUtc(2026, 6, 30, 22, 0), DeadlineZoneId = "America/Toronto",
            };
            InternshipOffer Offer(PublicationStatus status) => new()
            {
                Title = $"{(status == PublicationStatus.Published ? "Stage ouvert" : "Stage en préparation")} {owner.Name}", HostOrganisationId = owner.Partner.IncubatorId, Call = call, Field = "ESS", Language = "fr",
                SupervisorId = owner.Partner.Coach.UserId, Places = 2, Status = status, StartsOn = new LocalDate(2026, 9, 1), EndsOn = new LocalDate(2027, 2, 28),
            };
            var (published, draft) = (Offer(PublicationStatus.Published), Offer(PublicationStatus.Draft));
            var application = new MobilityApplication
            {
                Offer = published, ApplicantId = owner.Guest.UserId, SendingOrganisationId = owner.IncubatorId, BirthDate = new LocalDate(2004, 4, 4),
                StartsOn = new LocalDate(2026, 9, 1), EndsOn = new LocalDate(2027, 2, 28), Motivation = "Motivation", CvFileName = "cv.pdf",
                CvContentType = "application/pdf", CvStoredName = cv, Status = ApplicationStatus.Submitted, SubmittedAt = Now,
            };
            var invitation = new StudentInvitation
            {
                SendingOrganisationId = owner.IncubatorId, Call = call, Offer = published, Name = "Léa Tremblay", Email = $"lea.{owner.Name}@example.org".ToLowerInvariant(),
                Culture = "fr-CA", InvitedById = owner.Administrator.UserId,
            };
            invitation.Send(Now);
            db.InternshipOffers.AddRange(published, draft);
            db.MobilityApplications.Add(application);
            db.StudentInvitations.Add(invitation);
            await db.SaveChangesAsync();
            Add("published offer", owner, ("id", published.Id));
            Add("draft offer", owner, ("id", draft.Id));
            Add("mobility application", owner, ("id", application.Id));
            Add("mobility call", owner, ("id", call.Id));
            Add("invitation to apply", owner, ("id", invitation.Id));
            Add("mobility programme", owner, ("id", programme.Id));
        });
    }

    /// <summary>An event organised by the owner incubator, with a presentation whose speaker is the owner's project member
    /// and whose slides are stored, with the partner coach's feedback on it and a contact they recorded there.</summary>
    private async Task EventAsync(AppFactory app, SweepTeam owner)
    {
        var slides = await app.Services.GetRequiredService<SlideFiles>().Store.StoreAsync("%PDF-1.4 slides"u8.ToArray());
        await app.WithDbAsync(async db =>
        {
            var e = new Event
            {
                Name = $"Assises {owner.Name}", StartsOn = new LocalDate(2026, 10, 22), EndsOn = new LocalDate(2026, 10, 23), City = "La Rochelle",
                TimeZoneId = "Europe/Paris", OrganiserId = owner.IncubatorId, Themes = MissionThemes.Innovation,
            };
            var presentation = new Presentation
            {
                EventId = e.Id, Title = "Présentation", StartsAt = Instant.FromUtc(2026, 10, 22, 8, 0), EndsAt = Instant.FromUtc(2026, 10, 22, 9, 0),
                ZoneId = "Europe/Paris", SlidesStoredName = slides, SlidesFileName = "slides.pdf", SlidesContentType = "application/pdf",
            };
            presentation.Speakers.Add(new PresentationSpeaker { PresentationId = presentation.Id, UserId = owner.ProjectMember.UserId });
            e.Presentations.Add(presentation);
            db.Events.Add(e);
            // The partner coach attended: their feedback, and a contact they recorded for their own incubator.
            var feedback = new PresentationFeedback { PresentationId = presentation.Id, AuthorId = owner.Partner.Coach.UserId, WrittenAt = Now, Text = "Très clair" };
            var contact = new PresentationContact
            {
                PresentationId = presentation.Id, Name = "Contact rencontré", ControllerOrganisationId = owner.Partner.IncubatorId,
                RecordedById = owner.Partner.Coach.UserId, RecordedAt = Now,
            };
            presentation.Feedback.Add(feedback);
            presentation.Contacts.Add(contact);
            await db.SaveChangesAsync();
            Add("event", owner, ("id", e.Id));
            Add("presentation", owner, ("id", presentation.Id));
            Add("presentation feedback", owner, ("id", presentation.Id), ("part", "feedback"), ("partId", feedback.Id));
            Add("presentation contact", owner, ("id", presentation.Id), ("part", "contacts"), ("partId", contact.Id));
        });
    }

    /// <summary>A study of the team's territory sponsored by its incubator, with the outside assessor added, their
    /// submitted assessment and the invitation that brought them.</summary>
    private Task StudyAsync(AppFactory app, SweepTeam team, Guid gridVersionId) =>
        app.WithDbAsync(async db =>
        {
            var study = TerritoryStudy.Of($"Territoire {team.Name}", team.Side == Side.Quebec ? "Québec" : "France");
            study.Sponsor(team.IncubatorId);
            study.AddAssessor(team.Assessor.UserId, Now);
            db.TerritoryStudies.Add(study);
            var assessment = Assessment.OfTerritory(gridVersionId, study, team.Assessor.UserId);
            assessment.Submit(Now);
            db.Assessments.Add(assessment);
            var invitation = AssessmentInvitation.SendForTerritory(gridVersionId, study, team.Assessor.Email, "", team.Administrator.UserId, Now);
            invitation.StartedWith(assessment.Id);
            db.AssessmentInvitations.Add(invitation);
            await db.SaveChangesAsync();
            Add("territory assessment", team, ("id", assessment.Id));
            Add("territory assessment invitation", team, ("id", invitation.Id));
            Add("territory study", team, ("id", study.Id));
            Add("territory study results", team, ("id", study.Id), ("versionId", gridVersionId));
        });

    /// <summary>Grids are the network's: a project grid published twice (so that its second version maps from the first),
    /// and a draft of its third version.</summary>
    private async Task GridsAsync(AppFactory app, Guid firstId)
    {
        var (published, draft) = await app.WithDbAsync(async db =>
        {
            var grid = (await GridLoader.LoadGridAsync(db, (await app.VersionAsync(firstId)).GridId))!;
            var second = grid.StartOrContinueDraft();
            second.Publish(Now, null);
            var third = grid.StartOrContinueDraft();
            await db.SaveChangesAsync();
            return ((await GridLoader.LoadVersionAsync(db, second.Id, tracked: false))!, (await GridLoader.LoadVersionAsync(db, third.Id, tracked: false))!);
        });
        // A grid belongs to no team: the roles are those around the first one.
        var team = Teams[0];
        Add("published grid version", team, ("id", published.Id));
        Add("published grid", team, ("id", published.GridId), ("v", published.Number));
        Add("draft grid version", team, ("id", draft.Id), ("versionId", draft.Id), ("kind", "dimension"), ("elementId", draft.Dimensions.First().Id));
    }

    /// <summary>A mission led by the owner incubator, whose coach leads the delegation, with a flight and a visit at the
    /// partner incubator: the partner's people are its hosts.</summary>
    private Task ProgrammeMissionAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var mission = new Mission
            {
                Title = $"Mission {owner.Name}", Direction = MissionDirection.QuebecToFrance, Status = MissionStatus.Confirmed,
                StartsOn = new LocalDate(2026, 4, 13), EndsOn = new LocalDate(2026, 4, 17), LeadOrganisationId = owner.IncubatorId,
            };
            mission.Members.Add(new MissionMember
            {
                MissionId = mission.Id, UserId = owner.Coach.UserId, OrganisationId = owner.IncubatorId, Role = MissionRole.Lead,
                Status = MissionInvitationStatus.Accepted, InvitedAt = Now,
            });
            mission.Items.Add(new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Leg, Mode = TravelMode.Flight, Title = "Vol", StartZoneId = "America/Toronto", EndZoneId = "Europe/Paris",
                StartsAt = Instant.FromUtc(2026, 4, 13, 22, 0), EndsAt = Instant.FromUtc(2026, 4, 14, 5, 0), DeparturePlace = "YUL", ArrivalPlace = "CDG",
            });
            mission.Items.Add(new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Visite", StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
                StartsAt = Instant.FromUtc(2026, 4, 15, 7, 0), EndsAt = Instant.FromUtc(2026, 4, 15, 9, 0), OrganisationId = owner.Partner.IncubatorId,
            });
            db.Missions.Add(mission);
            await db.SaveChangesAsync();
            Add("mission visiting the partner", owner, ("id", mission.Id));
        });

    /// <summary>The network administrators' records: a directory import waiting to be applied, and the sent-mail page
    /// (asked without an id: its list).</summary>
    private Task NetworkRecordsAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var job = new ImportJob { FileName = "organisations.csv", Content = "name\nRQIS\n" };
            db.ImportJobs.Add(job);
            await db.SaveChangesAsync();
            Add("import job", owner, ("id", job.Id));
            Add("sent mail", owner);
        });
    /// <summary>A mission led by the owner incubator to its partner: the owner coach leads it (accepted), the project
    /// member is invited; the partner coach hosts its visit. A file, a follow-up, an outcome and a person met at that visit.</summary>
    private async Task MissionRecordAsync(AppFactory app, SweepTeam owner)
    {
        var stored = await app.Services.GetRequiredService<VisitFiles>().Store.StoreAsync(Encoding.UTF8.GetBytes("Programme"));
        await app.WithDbAsync(async db =>
        {
            var mission = new Mission
            {
                Title = "Mission", Direction = MissionDirection.QuebecToFrance, StartsOn = new LocalDate(2026, 10, 16), EndsOn = new LocalDate(2026, 10, 24),
                LeadOrganisationId = owner.IncubatorId,
            };
            mission.Members.Add(new MissionMember { MissionId = mission.Id, UserId = owner.Coach.UserId, OrganisationId = owner.IncubatorId, Role = MissionRole.Lead, Status = MissionInvitationStatus.Accepted, InvitedAt = Now });
            mission.Members.Add(new MissionMember { MissionId = mission.Id, UserId = owner.ProjectMember.UserId, OrganisationId = owner.IncubatorId, Role = MissionRole.Member, Status = MissionInvitationStatus.Invited, InvitedAt = Now });
            var visit = new ItineraryItem
            {
                MissionId = mission.Id, Kind = ItineraryKind.Visit, Title = "Visite", OrganisationId = owner.Partner.IncubatorId,
                StartsAt = Instant.FromUtc(2026, 10, 19, 8, 0), EndsAt = Instant.FromUtc(2026, 10, 19, 10, 0), StartZoneId = "Europe/Paris", EndZoneId = "Europe/Paris",
            };
            mission.Items.Add(visit);
            db.Missions.Add(mission);
            var file = new VisitFile
            {
                ItemId = visit.Id, Title = "Programme", FileName = "programme.txt", ContentType = "text/plain; charset=utf-8", Size = 9, StoredName = stored,
                AddedById = owner.Coach.UserId, AddedAt = Now,
            };
            db.VisitFiles.Add(file);
            var followUp = new MissionFollowUp { MissionId = mission.Id, ItemId = visit.Id, Text = "Relancer", OwnerId = owner.Coach.UserId, DueOn = new LocalDate(2026, 11, 1) };
            db.MissionFollowUps.Add(followUp);
            var objective = new MissionObjective { MissionId = mission.Id, Position = 1, Text = "Consolider l'entente", PartnershipObjective = 1, Themes = MissionThemes.Innovation };
            db.MissionObjectives.Add(objective);
            var outcome = new VisitOutcome { ItemId = visit.Id, ObjectiveId = objective.Id, Text = "Entente relancée", RecordedById = owner.Coach.UserId, RecordedAt = Now };
            db.VisitOutcomes.Add(outcome);
            var person = new Person { DisplayName = $"Personne rencontrée {owner.Name}", ControllerOrganisationId = owner.IncubatorId };
            db.People.Add(person);
            var met = new PersonMet { ItemId = visit.Id, PersonId = person.Id, AddedAt = Now };
            db.PeopleMet.Add(met);
            await db.SaveChangesAsync();
            Add("mission visit", owner, ("id", mission.Id), ("itemId", visit.Id));
            Add("mission visit file", owner, ("id", mission.Id), ("itemId", visit.Id), ("fileId", file.Id), ("part", "files"), ("partId", file.Id));
            Add("mission visit outcome", owner, ("id", mission.Id), ("itemId", visit.Id), ("part", "outcomes"), ("partId", outcome.Id));
            Add("mission visit person met", owner, ("id", mission.Id), ("itemId", visit.Id), ("part", "people"), ("partId", met.Id));
            Add("mission visit follow-up", owner, ("id", mission.Id), ("itemId", visit.Id), ("part", "follow-ups"), ("partId", followUp.Id));
        });
    }

    /// <summary>A placement of the owner incubator's project member (the student), sent by the owner incubator under its own
    /// call, hosted by the partner incubator and supervised by its coach, with health information entered.</summary>
    private Task MobilityPlacementAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var programme = new MobilityProgramme { Name = $"Stages {owner.Name}", MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 };
            var call = new MobilityCall
            {
                Title = $"Appel {owner.Name}", Programme = programme, OrganisationId = owner.IncubatorId, Deadline = Now + Duration.FromDays(30),
                DeadlineZoneId = "America/Toronto", Status = PublicationStatus.Published,
            };
            var offer = new InternshipOffer
            {
                Title = $"Stage {owner.Name}", HostOrganisationId = owner.Partner.IncubatorId, Call = call, Field = "Économie sociale",
                SupervisorId = owner.Partner.Coach.UserId, Places = 1, StartsOn = new LocalDate(2026, 9, 1), EndsOn = new LocalDate(2027, 1, 31),
                Status = PublicationStatus.Published,
            };
            var application = new MobilityApplication
            {
                Offer = offer, ApplicantId = owner.ProjectMember.UserId, SendingOrganisationId = owner.IncubatorId, BirthDate = new LocalDate(2003, 6, 14),
                StartsOn = offer.StartsOn.Value, EndsOn = offer.EndsOn.Value, Motivation = "Apprendre.", Status = ApplicationStatus.Accepted, SubmittedAt = Now,
            };
            // Adding the application first gives the call its programme's id, which the placement copies.
            db.MobilityApplications.Add(application);
            var placement = Placement.For(application, offer, call);
            db.Placements.Add(placement);
            db.SensitiveDocuments.Add(new SensitiveDocument
            {
                PlacementId = placement.Id, Kind = DocumentKind.HealthInformation, SavedAt = Now,
                Protected = app.Services.GetRequiredService<SensitiveDocuments>().Protect(new SensitiveDocuments.HealthInformation("Pollen", "", "")),
            });
            var residence = new Residence { Name = $"Résidence {owner.Name}", OrganisationId = owner.IncubatorId, City = "Tarnos", MonthlyFee = 420, Deposit = 420 };
            db.Residences.Add(residence);
            await db.SaveChangesAsync();
            var request = await Housing.HouseAsync(db, placement, residence, UnitType.Room, owner.Administrator.UserId, Now);
            Add("placement", owner, ("id", placement.Id));
            Add("completed placement", owner, ("id", (await CompletedPlacementAsync(db, application, offer, call)).Id));
            Add("placement's application", owner, ("id", application.Id));
            Add("residence", owner, ("id", residence.Id));
            Add("request for housing", owner, ("id", request.Id));
        });

    /// <summary>The same student's earlier placement under the same call, hosted and supervised alike, completed: its
    /// stay answered by the student and the supervisor.</summary>
    private static async Task<Placement> CompletedPlacementAsync(AppDbContext db, MobilityApplication earlier, InternshipOffer offer, MobilityCall call)
    {
        var past = new InternshipOffer
        {
            Title = offer.Title + " 2025", HostOrganisationId = offer.HostOrganisationId, CallId = call.Id, Field = offer.Field, SupervisorId = offer.SupervisorId,
            Places = 1, StartsOn = new LocalDate(2025, 9, 1), EndsOn = new LocalDate(2026, 1, 31), Status = PublicationStatus.Published,
        };
        var application = new MobilityApplication
        {
            Offer = past, ApplicantId = earlier.ApplicantId, SendingOrganisationId = earlier.SendingOrganisationId, BirthDate = earlier.BirthDate,
            StartsOn = past.StartsOn.Value, EndsOn = past.EndsOn.Value, Motivation = "Apprendre.", Status = ApplicationStatus.Accepted, SubmittedAt = Now,
        };
        db.MobilityApplications.Add(application);
        var placement = Placement.For(application, past, call);
        placement.Status = PlacementStatus.Completed;
        db.Placements.Add(placement);
        var stay = new PlacementStay { PlacementId = placement.Id, ArrivedOn = past.StartsOn };
        stay.AnswerQuestionnaire(5, "Beaucoup.", true, Now);
        stay.Evaluate(4, "Rigueur.", true, Now);
        db.PlacementStays.Add(stay);
        await db.SaveChangesAsync();
        return placement;
    }

    /// <summary>The board of the owner incubator, with its coach seated on it.</summary>
    private Task GoverningBodyAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var body = new GoverningBody { OrganisationId = owner.IncubatorId, Name = $"Conseil d'administration {owner.Name}", Kind = GoverningBodyKind.Board };
            var seat = new GoverningBodyMember { BodyId = body.Id, UserId = owner.Coach.UserId, Role = "Administrateur", From = new LocalDate(2025, 6, 1) };
            body.Members.Add(seat);
            db.GoverningBodies.Add(body);
            await db.SaveChangesAsync();
            Add("governing body", owner, ("id", body.Id));
            Add("governing body member", owner, ("id", body.Id), ("memberId", seat.Id));
        });

    /// <summary>An incident in the owner incubator's register, still within the notification clock's reach.</summary>
    private Task PrivacyIncidentAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var incident = new PrivacyIncident
            {
                ControllerId = owner.IncubatorId, Summary = $"Courriel mal adressé {owner.Name}", DataConcerned = "Noms et courriels",
                Circumstances = "Envoi à une mauvaise liste", OccurredAt = Instant.FromUtc(2025, 3, 3, 9, 0), AwareAt = Instant.FromUtc(2025, 3, 3, 14, 0),
                PeopleAffectedCount = 12,
            };
            db.PrivacyIncidents.Add(incident);
            await db.SaveChangesAsync();
            Add("privacy incident", owner, ("id", incident.Id));
        });

    /// <summary>A transfer assessment between the owner incubator and its partner on the other side, awaiting approval.</summary>
    private Task TransferAssessmentAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var (quebec, france) = owner.Side == Side.Quebec ? (owner, owner.Partner) : (owner.Partner, owner);
            var assessment = new Passerelles.Web.Features.Privacy.Transfers.TransferAssessment
            {
                QuebecControllerId = quebec.IncubatorId, FranceControllerId = france.IncubatorId, DataConcerned = $"Noms des équipes {owner.Name}",
                Purposes = Passerelles.Web.Features.Privacy.Transfers.TransferPurposes.CoIncubation, Safeguards = "Accès limité", ReviewOn = new LocalDate(2199, 1, 1),
            };
            db.TransferAssessments.Add(assessment);
            await db.SaveChangesAsync();
            Add("transfer assessment", owner, ("id", assessment.Id));
        });

    /// <summary>The owner incubator's register entry for its coaching notes, as shipped.</summary>
    private Task ProcessingActivityAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var activity = ShippedProcessingActivities.For(ProcessingPurposes.CoachingNotes, owner.IncubatorId, owner.Side);
            db.ProcessingActivities.Add(activity);
            await db.SaveChangesAsync();
            Add("processing activity", owner, ("id", activity.Id));
        });

    /// <summary>An open erasure request to the owner incubator from a person of its directory, identity checked.</summary>
    private Task PrivacyRequestAsync(AppFactory app, SweepTeam owner) =>
        app.WithDbAsync(async db =>
        {
            var person = new Person { DisplayName = $"Demandeuse {owner.Name}", Email = $"demandeuse.{owner.IncubatorId:N}@example.org", ControllerOrganisationId = owner.IncubatorId };
            db.People.Add(person);
            var request = Passerelles.Web.Features.Privacy.Requests.PrivacyRequest.Receive(person.Id, owner.IncubatorId, owner.Side,
                Passerelles.Web.Features.Privacy.Requests.PrivacyRequestKind.Erasure, "Effacez ma fiche",
                Passerelles.Web.Features.Privacy.Requests.PrivacyRequestChannel.Mail, Now, signedInUser: null);
            request.CheckIdentity("Pièce d'identité", owner.Administrator.UserId, Now);
            db.PrivacyRequests.Add(request);
            await db.SaveChangesAsync();
            Add("privacy request", owner, ("id", request.Id));
        });

    /// <summary>A grant to the partnership: the owner incubator and its partner are its beneficiaries; an expense with a
    /// receipt.</summary>
    private async Task GrantAsync(AppFactory app, SweepTeam owner)
    {
        var receipt = await app.Services.GetRequiredService<ReceiptFiles>().Store.StoreAsync("%PDF-1.4 receipt"u8.ToArray());
        await app.WithDbAsync(async db =>
        {
            var programme = new FundingProgramme { FunderId = owner.Partner.CarrierId, Name = $"Programme {owner.Name}" };
            var line = new BudgetLine { Label = "Déplacements", PlannedMinor = 500_000 };
            var grant = new Grant
            {
                Title = $"Subvention {owner.Name}", FunderId = owner.Partner.CarrierId, Programme = programme, AmountMinor = 2_000_000, Currency = "CAD",
                StartsOn = new LocalDate(2026, 1, 1), EndsOn = new LocalDate(2026, 12, 31), BeneficiaryId = owner.IncubatorId,
                PartnerBeneficiaryId = owner.Partner.IncubatorId, CoFundingRule = CoFundingRule.EachSideAtLeastGrant, Lines = [line],
            };
            var entry = new GrantEntry
            {
                GrantId = grant.Id, BudgetLine = line, Kind = EntryKind.Expense, Label = "Billets d'avion", On = new LocalDate(2026, 2, 1), AmountMinor = 150_000,
                Currency = "CAD", CadPerEur = 1.5m, ReceiptFileName = "recu.pdf", ReceiptContentType = "application/pdf", ReceiptStoredName = receipt,
            };
            db.Grants.Add(grant);
            db.GrantEntries.Add(entry);
            await db.SaveChangesAsync();
            Add("grant", owner, ("id", grant.Id));
            Add("grant entry", owner, ("id", grant.Id), ("entryId", entry.Id));

            // A draft report of the grant, made with the shipped FFQCD template.
            var template = await db.ReportTemplates.SingleAsync(t => t.Key == ShippedReportTemplates.Ffqcd && t.Number == 1);
            var loaded = await db.Grants.Include(g => g.Funder).Include(g => g.Beneficiary).Include(g => g.PartnerBeneficiary).SingleAsync(g => g.Id == grant.Id);
            var report = new Report
            {
                TemplateId = template.Id, GrantId = grant.Id, From = grant.StartsOn, To = grant.EndsOn,
                Snapshot = await ReportGenerator.GenerateAsync(db, template, loaded, grant.StartsOn, grant.EndsOn, Now, new LocalDate(2026, 3, 10)),
            };
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            Add("report", owner, ("id", report.Id));
            Add("report template", owner, ("id", template.Id));
        });
    }
}
