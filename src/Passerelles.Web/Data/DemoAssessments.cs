
namespace Passerelles.Web.Data;

/// <summary>Two demo projects assessed with the social-innovation grid by their team, a coach of their incubator and a
/// coach of the partner incubator, who disagree on some criteria; and a feasibility assessment of a territorial
/// cooperation pole in Lanaudière, still in draft. Each partner coach was invited to assess by e-mail. Development
/// only; left as it is once any assessment exists.
/// The PTCE-fit study (does the PTCE model fit Lanaudière?) also has its invitations to assess a territory: L'Espace412's
/// coach asked Le Tube à ESS'ai's coach to assess first the Seignanx, where PTCE Sud Aquitaine has worked since 2014, as
/// the point of comparison (submitted), then Lanaudière (started); Le Tube à ESS'ai's coach asked back L'Espace412's coach
/// to assess the Seignanx after the delegation mission in Tarnos (sent twice, not opened yet). Added once, when no
/// territory invitation exists.
/// The studies have their sponsors — Lanaudière's are CERESO and PTCE Sud Aquitaine, the Seignanx's the PTCE — and the two
/// coaches are assessors of both; the RQIS partner, an outside assessor, was invited to Lanaudière by CERESO's director
/// and has not followed the invitation yet. Added to whatever is missing, on every start.</summary>
public static class DemoAssessments
{
    /// <summary>Levels by position on the scale (0 = lowest) given to the criteria in order, cycling: the team sees its
    /// project more favourably than the partner coach does.</summary>
    private static readonly int[] TeamView = [3, 3, 2, 2, 3, 2, 1, 2];
    private static readonly int[] CoachView = [2, 2, 2, 1, 2, 2, 1, 1];
    private static readonly int[] PartnerView = [1, 2, 1, 1, 2, 1, 0, 1];

    private const string Espace412Coach = "coach.espace412@demo.passerelles.org";
    private const string TubeCoach = "coach.tube@demo.passerelles.org";
    private const string CeresoDirector = "direction.cereso@demo.passerelles.org";
    private const string RqisPartner = "invite.rqis@demo.passerelles.org";

    public static async Task EnsureAsync(AppDbContext db, Instant now)
    {
        await EnsureProjectsAndLanaudiereAsync(db, now);
        await EnsureTerritoryInvitationsAsync(db, now);
        await EnsureStudyPeopleAsync(db, now);
        await EnsureOutsideInvitationAsync(db, now);
    }

    /// <summary>Who sponsors each study and who assesses it; adding them again changes nothing.</summary>
    private static async Task EnsureStudyPeopleAsync(AppDbContext db, Instant now)
    {
        var people = new[] { await UserIdAsync(db, Espace412Coach), await UserIdAsync(db, TubeCoach) };
        foreach (var (territory, region, sponsors) in new[]
                 {
                     ("Lanaudière", "Québec", new[] { "CERESO", "PTCE Sud Aquitaine" }),
                     (Seignanx, SeignanxRegion, new[] { "PTCE Sud Aquitaine" }),
                 })
        {
            var study = await db.TerritoryStudies.Include(s => s.Sponsors).Include(s => s.Assessors)
                .SingleOrDefaultAsync(s => s.TerritoryName == territory && s.TerritoryRegion == region);
            if (study is null) continue;
            foreach (var sponsor in await db.Organisations.Where(o => sponsors.Contains(o.Name)).Select(o => o.Id).ToListAsync())
                study.Sponsor(sponsor);
            foreach (var person in people.OfType<Guid>()) study.AddAssessor(person, now);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>The RQIS partner's invitation to Lanaudière, once.</summary>
    private static async Task EnsureOutsideInvitationAsync(AppDbContext db, Instant now)
    {
        var lanaudiere = await db.TerritoryStudies.SingleOrDefaultAsync(s => s.TerritoryName == "Lanaudière" && s.TerritoryRegion == "Québec");
        var ptce = await LatestAsync(db, ShippedGrids.PtceFeasibility);
        var director = await UserIdAsync(db, CeresoDirector);
        if (lanaudiere is null || ptce is null || director is null) return;
        if (await db.AssessmentInvitations.AnyAsync(i => i.StudyId == lanaudiere.Id && i.Email == RqisPartner)) return;
        db.AssessmentInvitations.Add(AssessmentInvitation.SendForTerritory(ptce.Id, lanaudiere, RqisPartner,
            "Le RQIS suit les pôles territoriaux du Québec : votre regard sur Lanaudière compléterait celui des incubateurs.",
            director.Value, now - Duration.FromDays(3)));
        await db.SaveChangesAsync();
    }

    private static async Task EnsureProjectsAndLanaudiereAsync(AppDbContext db, Instant now)
    {
        if (await db.Assessments.AnyAsync()) return;
        var social = await LatestAsync(db, ShippedGrids.SocialInnovation);
        var ptce = await LatestAsync(db, ShippedGrids.PtceFeasibility);
        if (social is null || ptce is null) return;
        var espace412Coach = await UserIdAsync(db, Espace412Coach);
        var tubeCoach = await UserIdAsync(db, TubeCoach);
        if (espace412Coach is null || tubeCoach is null) return;

        var shared = await db.Projects.Include(p => p.Members).Include(p => p.Shares).FirstOrDefaultAsync(p => p.Name == DemoProjects.SharedProject);
        var tubeProject = await db.Projects.Include(p => p.Members).Include(p => p.Shares)
            .Where(p => p.Members.Any(m => m.UserId != null) && p.Incubator.Name == "Le Tube à ESS'ai").OrderBy(p => p.Name).FirstOrDefaultAsync();
        var started = new List<(Guid Id, Instant At)>();
        if (shared is not null) started.AddRange(Assess(db, social, shared, espace412Coach.Value, tubeCoach.Value, TubeCoach, now - Duration.FromDays(30)));
        if (tubeProject is not null)
        {
            // Its team agreed that L'Espace412's coach assess it too.
            var espace412 = await db.Organisations.Where(o => o.Name == "L'Espace412").Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
            var consenting = tubeProject.Members.First(m => m.UserId != null);
            if (espace412 is { } partnerId && tubeProject.CannotShareWith(partnerId, consenting) is null)
                tubeProject.ShareWith(partnerId, consenting, now - Duration.FromDays(40), now - Duration.FromDays(40), null);
            started.AddRange(Assess(db, social, tubeProject, tubeCoach.Value, espace412Coach.Value, Espace412Coach, now - Duration.FromDays(20)));
        }

        var territory = Assessment.OfTerritory(ptce.Id, await TerritoryStudy.FindOrStartAsync(db, "Lanaudière", "Québec"), espace412Coach.Value);
        var levels = ptce.Levels.OrderBy(l => l.Position).ToList();
        foreach (var criterion in ptce.Criteria.Take(3))
            territory.Answer(criterion.Id, levels[Math.Min(2, levels.Count - 1)].Id, false,
                "Rencontres avec les acteurs du territoire, printemps 2026.", "", "À confirmer avec la MRC.");
        db.Assessments.Add(territory);
        await db.SaveChangesAsync();
        await BackdateAsync(db, started);
    }

    /// <summary>The audit stamp of a new row is the moment it is written, today for every demo record: each demo
    /// assessment is given the day it was started, before it was submitted.</summary>
    private static async Task BackdateAsync(AppDbContext db, IEnumerable<(Guid Id, Instant At)> started)
    {
        foreach (var (id, at) in started)
            await db.Assessments.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAt, at));
    }

    /// <summary>Levels by position given by Le Tube à ESS'ai's coach to the PTCE conditions in the Seignanx, where a
    /// PTCE has worked for ten years: most of them are met; the measured effects are still being built.</summary>
    private static readonly int[] SeignanxView = [3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 1];

    /// <summary>His first answers for Lanaudière, with what he learnt from the Québec side.</summary>
    private static readonly (int Level, string Evidence, string Comment)[] LanaudiereFirstAnswers =
    [
        (2, "Répertoire des entreprises d'économie sociale de Lanaudière ; visite de L'Espace412.", "Un tissu d'OBNL et de coopératives actif, à réunir autour d'un projet commun."),
        (1, "Entretiens avec deux entreprises de L'Assomption.", "Des entreprises classiques intéressées, sans engagement pour l'instant."),
        (2, "Le CERESO et le Cégep régional de Lanaudière sont déjà partenaires.", "À confirmer avec la MRC et les élus."),
    ];

    public const string Seignanx = "Seignanx";
    public const string SeignanxRegion = "Nouvelle-Aquitaine";

    /// <summary>The invitations of the PTCE-fit study, once: with no territory invitation yet.</summary>
    private static async Task EnsureTerritoryInvitationsAsync(AppDbContext db, Instant now)
    {
        if (await db.AssessmentInvitations.AnyAsync(i => i.ProjectId == null)) return;
        var ptce = await LatestAsync(db, ShippedGrids.PtceFeasibility);
        if (ptce is null) return;
        var mathieu = await UserIdAsync(db, Espace412Coach);
        var julien = await UserIdAsync(db, TubeCoach);
        if (mathieu is null || julien is null) return;
        var levels = ptce.Levels.OrderBy(l => l.Position).ToList();
        var criteria = ptce.Criteria.ToList();

        // The point of comparison: the Seignanx, assessed by the coach who works there, and submitted.
        var seignanxStudy = await TerritoryStudy.FindOrStartAsync(db, Seignanx, SeignanxRegion);
        var lanaudiereStudy = await TerritoryStudy.FindOrStartAsync(db, "Lanaudière", "Québec");
        var reference = AssessmentInvitation.SendForTerritory(ptce.Id, seignanxStudy, TubeCoach,
            "Pour étalonner la grille : peux-tu évaluer le Seignanx, où le PTCE Sud Aquitaine existe depuis 2014 ? Ce sera notre point de comparaison pour Lanaudière.",
            mathieu.Value, now - Duration.FromDays(35));
        var seignanx = Assessment.OfTerritory(ptce.Id, seignanxStudy, julien.Value);
        var index = 0;
        foreach (var criterion in criteria)
            seignanx.Answer(criterion.Id, levels[Math.Min(SeignanxView[index++ % SeignanxView.Length], levels.Count - 1)].Id, false,
                "Dix ans de fonctionnement du PTCE Sud Aquitaine : une quinzaine d'acteurs, environ 250 entreprises membres.", "", "");
        seignanx.Submit(now - Duration.FromDays(28));
        reference.StartedWith(seignanx.Id);
        db.Assessments.Add(seignanx);
        db.AssessmentInvitations.Add(reference);

        // Lanaudière, through the eyes of the PTCE: started, three conditions answered so far.
        var fit = AssessmentInvitation.SendForTerritory(ptce.Id, lanaudiereStudy, TubeCoach,
            "Tu connais le modèle PTCE de l'intérieur : ton regard sur Lanaudière nous dira s'il s'y transpose.",
            mathieu.Value, now - Duration.FromDays(12));
        var lanaudiere = Assessment.OfTerritory(ptce.Id, lanaudiereStudy, julien.Value);
        foreach (var (criterion, answer) in criteria.Zip(LanaudiereFirstAnswers))
            lanaudiere.Answer(criterion.Id, levels[Math.Min(answer.Level, levels.Count - 1)].Id, false, answer.Evidence, "", answer.Comment);
        fit.StartedWith(lanaudiere.Id);
        db.Assessments.Add(lanaudiere);
        db.AssessmentInvitations.Add(fit);

        // The cross view: L'Espace412's coach asked to assess the Seignanx too; sent again a week later, not opened yet.
        var crossView = AssessmentInvitation.SendForTerritory(ptce.Id, seignanxStudy, Espace412Coach,
            "Après la mission à Tarnos, ton regard québécois sur le Seignanx compléterait la comparaison.",
            julien.Value, now - Duration.FromDays(9));
        crossView.Resend(now - Duration.FromDays(2));
        db.AssessmentInvitations.Add(crossView);
        await db.SaveChangesAsync();
        await BackdateAsync(db, [(seignanx.Id, now - Duration.FromDays(34)), (lanaudiere.Id, now - Duration.FromDays(11))]);
    }

    /// <summary>Adds the project's three assessments and returns when each was started.</summary>
    private static IEnumerable<(Guid Id, Instant At)> Assess(AppDbContext db, GridVersion version, Project project, Guid coach, Guid partnerCoach, string partnerEmail, Instant at)
    {
        var started = new List<(Guid Id, Instant At)>();
        if (project.Members.FirstOrDefault(m => m.UserId != null)?.UserId is { } teamMember)
        {
            var self = Submitted(version, project.Id, AssessorKind.SelfAssessment, teamMember, TeamView, at);
            db.Assessments.Add(self);
            started.Add((self.Id, at - Duration.FromDays(4)));
        }
        var own = Submitted(version, project.Id, AssessorKind.Coach, coach, CoachView, at + Duration.FromDays(2));
        db.Assessments.Add(own);
        started.Add((own.Id, at - Duration.FromDays(1)));
        var partner = Submitted(version, project.Id, AssessorKind.PartnerCoach, partnerCoach, PartnerView, at + Duration.FromDays(3));
        db.Assessments.Add(partner);
        // The partner coach was invited by the project's coach, and followed the invitation the next day.
        var invitation = AssessmentInvitation.Send(project.Id, version.Id, partnerEmail, AssessorKind.PartnerCoach,
            "Ton regard croisé nous aiderait avant le prochain comité.", coach, at + Duration.FromDays(1));
        invitation.StartedWith(partner.Id);
        db.AssessmentInvitations.Add(invitation);
        started.Add((partner.Id, at + Duration.FromDays(2)));
        return started;
    }

    private static Assessment Submitted(GridVersion version, Guid projectId, AssessorKind kind, Guid assessor, int[] view, Instant at)
    {
        var assessment = Assessment.OfProject(version.Id, projectId, kind, assessor);
        var levels = version.Levels.OrderBy(l => l.Position).ToList();
        var index = 0;
        foreach (var criterion in version.Criteria)
        {
            var level = levels[Math.Min(view[index++ % view.Length], levels.Count - 1)];
            assessment.Answer(criterion.Id, level.Id, false, "", "", "");
        }
        assessment.Submit(at);
        return assessment;
    }

    private static async Task<GridVersion?> LatestAsync(AppDbContext db, string key)
    {
        var id = await db.GridVersions.Where(v => v.Grid.Key == key && v.Status == GridStatus.Published)
            .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync();
        return id is { } versionId ? await GridLoader.LoadVersionAsync(db, versionId, tracked: false) : null;
    }

    private static Task<Guid?> UserIdAsync(AppDbContext db, string email) =>
        db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync();
}
