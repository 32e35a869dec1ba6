using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Bridges;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Assessments;
using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Home;

internal static class HomeTesting
{
    public static readonly LocalDate Today = new(2026, 3, 10);

    /// <summary>The agreement of <see cref="AgreementsTesting.AgreementAsync"/> in approval, CERESO's approval recorded, Le
    /// Tube carried by a PTCE; commitments of both parties (one overdue, one coming due, one far off); a territory study
    /// the PTCE sponsors, with one invitation not followed, one assessment in progress and one submitted; a bridge of Le
    /// Tube and one between strangers.</summary>
    public sealed record PartnershipWorld(
        AgreementsTesting.AgreementWorld Agreement, Organisation Ptce, string Territory, string TubeBridgePartner, string StrangersBridge);

    public static async Task<PartnershipWorld> PartnershipAsync(this AppFactory app)
    {
        var world = await app.AgreementAsync();
        var ptce = await app.CreateOrganisationAsync($"PTCE {Guid.NewGuid():N}"[..16], Side.France);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var partner = await app.CreatePublicOrganisationAsync($"Coopérative {tag}", Side.Quebec);
        var strangerA = await app.CreatePublicOrganisationAsync($"Inconnue A {tag}", Side.Quebec);
        var strangerB = await app.CreatePublicOrganisationAsync($"Inconnue B {tag}", Side.France);
        await app.CreateBridgeAsync(world.Tube.Id, partner.Id, BridgeKind.CoProject);
        await app.CreateBridgeAsync(strangerA.Id, strangerB.Id);
        var territory = $"Seignanx {tag}";
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == world.Tube.Id)).ParentId = ptce.Id;
            var agreement = await db.Agreements.SingleAsync(a => a.Id == world.AgreementId);
            agreement.Status = AgreementStatus.InApproval;
            db.PartyApprovals.Add(new PartyApproval
            {
                AgreementId = agreement.Id, PartyId = world.CeresoParty, VersionNumber = agreement.CurrentVersion, ResolutionReference = "CA-2026-11",
                ResolvedOn = Today.PlusDays(-3), RecordedBy = world.CeresoAdmin.User.Id, RecordedAt = Instant.FromUtc(2026, 3, 7, 15, 0),
            });
            var article = await db.AgreementVersions.Where(v => v.AgreementId == agreement.Id).SelectMany(v => v.Articles).Select(a => a.Key).FirstAsync();
            db.Commitments.AddRange(
                Commitment(agreement.Id, article, world.CeresoParty, "Partager la grille de caractérisation", Today.PlusDays(20)),
                Commitment(agreement.Id, article, world.TubeParty, "Accueillir une délégation à Tarnos", Today.PlusDays(-3)),
                Commitment(agreement.Id, article, world.TubeParty, "Publier le bilan annuel", Today.PlusDays(90)));

            var grid = await db.GridVersions.Select(v => v.Id).FirstAsync();
            var study = TerritoryStudy.Of(territory, "Landes");
            study.Sponsor(ptce.Id);
            db.TerritoryStudies.Add(study);
            var inProgress = Assessment.OfTerritory(grid, study, world.TubeAdmin.User.Id);
            var submitted = Assessment.OfTerritory(grid, study, world.CeresoAdmin.User.Id);
            submitted.Submit(Instant.FromUtc(2026, 3, 5, 12, 0));
            db.Assessments.AddRange(inProgress, submitted);
            db.AssessmentInvitations.Add(AssessmentInvitation.SendForTerritory(grid, study, "elu@example.org", "", world.TubeAdmin.User.Id, Instant.FromUtc(2026, 3, 2, 9, 0)));
            await db.SaveChangesAsync();
        });
        return new PartnershipWorld(world, ptce, territory, partner.Name, strangerA.Name);
    }

    private static Commitment Commitment(Guid agreementId, Guid article, Guid partyId, string what, LocalDate dueOn) =>
        new() { AgreementId = agreementId, ArticleKey = article, PartyId = partyId, What = what, DueOn = dueOn, Recurrence = Passerelles.Web.Features.Agreements.Recurrence.Once };

    /// <summary>A circle the people are members of (the first two co-facilitate it), with a session next week, one
    /// cancelled, and one beyond the weeks the home page looks ahead.</summary>
    public static Task<Circle> CircleWithSessionsAsync(this AppFactory app, string name, Guid quebec, Guid france, params Guid[] members) =>
        app.WithDbAsync(async db =>
        {
            var circle = new Circle { Name = name, Purpose = "Partager nos pratiques." };
            circle.ChooseCoFacilitator(Side.Quebec, quebec);
            circle.ChooseCoFacilitator(Side.France, france);
            foreach (var member in members) circle.AddMember(member, Side.France);
            db.Circles.Add(circle);
            db.CircleSessions.AddRange(
                Session(circle.Id, "Codéveloppement", Instant.FromUtc(2026, 3, 17, 14, 0)),
                Cancelled(Session(circle.Id, "Séance annulée", Instant.FromUtc(2026, 3, 19, 14, 0))),
                Session(circle.Id, "Séance d'été", Instant.FromUtc(2026, 6, 16, 14, 0)));
            await db.SaveChangesAsync();
            return circle;
        });

    private static CircleSession Session(Guid circleId, string title, Instant at)
    {
        var session = new CircleSession { CircleId = circleId, Title = title };
        session.Schedule(at, "America/Toronto", 90);
        return session;
    }

    private static CircleSession Cancelled(CircleSession session)
    {
        session.Cancel(Instant.FromUtc(2026, 3, 9, 12, 0));
        return session;
    }

    /// <summary>A signed-in person reading in <paramref name="culture"/>, member of the organisation in that role.</summary>
    public static async Task<(Guid Id, HttpClient Client)> MemberAsync(this AppFactory app, Guid organisationId, MemberRole role, string culture, string? name = null)
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, name, culture: culture);
        await app.AddMemberAsync(organisationId, user.Id, role);
        return (user.Id, await app.SignedInClientAsync(email));
    }

    /// <summary>The sections of the main menu, as their addresses.</summary>
    public static IReadOnlyList<string> Menu(this HtmlPage page) =>
        page.Document.QuerySelectorAll("header nav .nav a").Select(a => a.GetAttribute("href")!).ToList();

    /// <summary>The visible words of the page's main part, for checking that no English slipped into a French page.</summary>
    public static string MainText(this HtmlPage page) => page.Text("main");
}
