using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Indicators;

/// <summary>A small fixed network for the indicators: a Québec incubator and a France one, each with its staff, and what
/// they recorded around the Québec fiscal years 2022-2023 and 2023-2024 (see <see cref="WorldAsync"/>).</summary>
public static class IndicatorsTesting
{
    public sealed record World(
        Guid Quebec, Guid France, MissionsTesting.Person QuebecAdmin, MissionsTesting.Person QuebecCoach, MissionsTesting.Person FranceCoach,
        MissionsTesting.Person Holder, MissionsTesting.Person Unrelated);

    public static Instant At(int year, int month, int day, int hour, string zone) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(TimeZones.Get(zone)).ToInstant();

    /// <summary>
    /// Coaching by the Québec incubator (Montréal time): one hour for project A on 31 March 2023 at 22:00 (already 1 April
    /// in UTC: fiscal 2022-2023), an hour and a half for A on 1 April 2023 at 9:00, two hours collective for A and B (B at
    /// pre-incubation) on 15 October 2023; by the France incubator, 45 minutes for its project on 1 June 2023.
    /// Milestones of A: a legal creation as a solidarity cooperative (10 May 2023), 1.5 FTE (1 June 2023), 25,000 CAD
    /// (1 July 2023) and 10,000 EUR (1 August 2023) raised, and 5,000 CAD planned for 20 March 2026 (after today).
    /// A circle co-facilitated by the two coaches: one session held on 1 November 2023 with both present, one cancelled.
    /// A signed agreement: the Québec incubator's commitment due 30 September 2023 done, one due 15 February 2024 not
    /// done (overdue), one due 20 March 2026 (open); the France incubator's due 1 December 2023, not done.
    /// A mission from Québec to France, 16–24 October 2023, led by the Québec incubator.
    /// </summary>
    public static async Task<World> WorldAsync(this AppFactory app, string culture = "en")
    {
        var quebec = await app.CreateOrganisationAsync(side: Side.Quebec);
        var france = await app.CreateOrganisationAsync(side: Side.France);
        var other = await app.CreateOrganisationAsync(side: Side.Quebec);
        var admin = await app.PersonAsync(quebec.Id, MemberRole.OrganisationAdministrator, culture);
        var coach = await app.PersonAsync(quebec.Id, MemberRole.Coach, culture);
        var franceCoach = await app.PersonAsync(france.Id, MemberRole.Coach, culture);
        var holder = await app.PersonAsync(quebec.Id, MemberRole.ProjectMember, culture);
        var unrelated = await app.PersonAsync(other.Id, MemberRole.Coach, culture);

        var a = await app.CreateActiveProjectAsync(quebec.Id, "Épicerie vrac");
        var b = await app.CreateActiveProjectAsync(quebec.Id, "Atelier vélo");
        var c = await app.CreateActiveProjectAsync(france.Id, "Recyclerie");
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == b.Id);
            var stage = await db.IncubatorStages.SingleAsync(s => s.IncubatorId == quebec.Id && s.CanonicalStage == CanonicalStage.PreIncubation);
            project.MoveToStage(stage, ProjectsTesting.Now, null, "");
            db.CoachingSessions.AddRange(
                Session(quebec.Id, coach.Id, At(2023, 3, 31, 22, TimeZones.Quebec), TimeZones.Quebec, 60, CoachingKind.Individual, a.Id),
                Session(quebec.Id, coach.Id, At(2023, 4, 1, 9, TimeZones.Quebec), TimeZones.Quebec, 90, CoachingKind.Individual, a.Id),
                Session(quebec.Id, coach.Id, At(2023, 10, 15, 14, TimeZones.Quebec), TimeZones.Quebec, 120, CoachingKind.Collective, a.Id, b.Id),
                Session(france.Id, franceCoach.Id, At(2023, 6, 1, 10, TimeZones.France), TimeZones.France, 45, CoachingKind.Individual, c.Id));
            db.Milestones.AddRange(
                new Milestone { ProjectId = a.Id, Kind = MilestoneKind.LegalCreation, On = new LocalDate(2023, 5, 10), LegalForm = "Coopérative de solidarité" },
                new Milestone { ProjectId = a.Id, Kind = MilestoneKind.JobsCreated, On = new LocalDate(2023, 6, 1), Fte = 1.5m },
                new Milestone { ProjectId = a.Id, Kind = MilestoneKind.FundsRaised, On = new LocalDate(2023, 7, 1), Amount = 25_000m, Currency = "CAD" },
                new Milestone { ProjectId = a.Id, Kind = MilestoneKind.FundsRaised, On = new LocalDate(2023, 8, 1), Amount = 10_000m, Currency = "EUR" },
                new Milestone { ProjectId = a.Id, Kind = MilestoneKind.FundsRaised, On = new LocalDate(2026, 3, 20), Amount = 5_000m, Currency = "CAD" });

            var circle = new Circle { Name = "Cercle " + Guid.NewGuid().ToString("N")[..6], Purpose = "Partager nos pratiques." };
            circle.ChooseCoFacilitator(Side.Quebec, coach.Id);
            circle.ChooseCoFacilitator(Side.France, franceCoach.Id);
            var held = new CircleSession { CircleId = circle.Id, Title = "Rencontre", Agenda = "Tour de table" };
            held.Schedule(At(2023, 11, 1, 12, TimeZones.Quebec), TimeZones.Quebec, 90);
            held.Attendance.AddRange(circle.Members.Select(m => new SessionAttendance { SessionId = held.Id, UserId = m.UserId, Present = true }));
            var cancelled = new CircleSession { CircleId = circle.Id, Title = "Annulée", Agenda = "Tour de table" };
            cancelled.Schedule(At(2023, 12, 1, 12, TimeZones.Quebec), TimeZones.Quebec, 90);
            cancelled.Cancel(ProjectsTesting.Now);
            db.Circles.Add(circle);
            db.CircleSessions.AddRange(held, cancelled);

            var agreement = new Agreement { Purpose = "Formaliser le transfert de pratiques." };
            var quebecParty = new AgreementParty { AgreementId = agreement.Id, OrganisationId = quebec.Id, SigningRank = 1 };
            var franceParty = new AgreementParty { AgreementId = agreement.Id, OrganisationId = france.Id, SigningRank = 2 };
            agreement.Parties.AddRange([quebecParty, franceParty]);
            var article = (Key: Guid.NewGuid(), Heading: "Article 1", Body: "Les parties rendent compte.");
            db.AgreementVersions.Add(agreement.SaveVersion(0, "Entente", [article], [], admin.Id, ProjectsTesting.Now)!);
            agreement.Status = AgreementStatus.Signed;
            db.Agreements.Add(agreement);
            Commitment Due(AgreementParty party, LocalDate on) => new()
            {
                AgreementId = agreement.Id, ArticleKey = article.Key, What = "Rapport " + on, PartyId = party.Id, DueOn = on, Recurrence = Passerelles.Web.Features.Agreements.Recurrence.Once,
            };
            var done = Due(quebecParty, new LocalDate(2023, 9, 30));
            db.Commitments.AddRange(done, Due(quebecParty, new LocalDate(2024, 2, 15)), Due(quebecParty, new LocalDate(2026, 3, 20)),
                Due(franceParty, new LocalDate(2023, 12, 1)));
            db.CommitmentCompletions.Add(new CommitmentCompletion { CommitmentId = done.Id, DueOn = done.DueOn, DoneBy = admin.Id, DoneAt = ProjectsTesting.Now });
            await db.SaveChangesAsync();
        });
        await app.CreateMissionAsync(quebec.Id, new LocalDate(2023, 10, 16), new LocalDate(2023, 10, 24));
        return new World(quebec.Id, france.Id, admin, coach, franceCoach, holder, unrelated);
    }

    private static CoachingSession Session(Guid incubatorId, Guid coachId, Instant at, string zone, int minutes, CoachingKind kind, params Guid[] projectIds)
    {
        var session = new CoachingSession { IncubatorId = incubatorId, CoachId = coachId, DurationMinutes = minutes, Topics = "Modèle économique", Kind = kind };
        foreach (var id in projectIds) session.AddProject(id);
        session.ScheduleAt(at, zone);
        return session;
    }

    /// <summary>The network administrator, signed in, reading English (on a database of the test's own).</summary>
    public static async Task<HttpClient> EnglishAdministratorAsync(this AppFactory app)
    {
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == AppFactory.AdministratorEmail)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, "en")));
        return await app.SignedInClientAsync(AppFactory.AdministratorEmail);
    }

    /// <summary>The value of each indicator of the page, by key.</summary>
    public static Dictionary<string, string> Values(HtmlPage page) =>
        page.Document.QuerySelectorAll("tr[data-key]").ToDictionary(r => r.GetAttribute("data-key")!, r => r.QuerySelector(".figure")!.TextContent.Trim());

    public static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
