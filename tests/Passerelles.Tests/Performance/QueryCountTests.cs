using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Coaching;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Agreements;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Directory;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Performance;

/// <summary>The SQL commands each main signed-in page runs, on a network the tests build: a Québec incubator carried by
/// its cégep, a France incubator, a partner, their coach, coordinator, project holder and guest, with projects, coaching
/// sessions, a circle with its sessions and a poll, and an agreement with its commitments. The same network is built
/// twice, once with two records of each kind and once with twelve, on the same database: a page whose cost grows with
/// what it shows (N+1) runs more commands on the second.</summary>
public sealed class QueryCountTests(QueryCountTests.Networks networks) : IClassFixture<QueryCountTests.Networks>
{
    public sealed record Network(
        HttpClient Coach, HttpClient Coordinator, HttpClient Holder, HttpClient Guest,
        Guid Incubator, Guid Project, Guid Circle, Guid Session, Guid Poll, Guid Agreement);

    public sealed class Networks : AppFactory, IAsyncLifetime
    {
        public Network Small { get; private set; } = null!;
        public Network Large { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Small = await this.NetworkAsync(2);
            Large = await this.NetworkAsync(12);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>Who asks for which page, and how many commands it runs.</summary>
    public static TheoryData<string, string, int> Pages => new()
    {
        // The home page's student-mobility sections: the student's placements and applications for everyone, the
        // applications to decide and the housing requests for staff, the overdue checklist items for administrators;
        // for those who manage grants, the reports due within 60 days and the grants under the co-funding rule (their
        // contributions only when there are some); for partner guests, the frozen reports addressed to them as a
        // funder's guest. For staff, the transfer assessments due for review within 30 days (one query).
        { "coach", "/", 25 },
        { "coordinator", "/", 31 },
        { "holder", "/", 21 },
        { "guest", "/", 18 },
        { "coach", "/projects", 7 },
        // A record's page reads its purpose of processing (one query); the project page also writes one line to the
        // personal-data access trail when it shows a team.
        { "coach", "/projects/{project}", 15 },
        { "coach", "/circles", 3 },
        { "coach", "/circles/{circle}", 7 },
        { "coach", "/circles/sessions/{session}", 6 },
        { "coach", "/circles/polls/{poll}", 6 },
        { "coordinator", "/agreements", 3 },
        { "coordinator", "/agreements/{agreement}", 12 },
        { "coach", "/directory", 5 },
        { "coordinator", "/organisations/{incubator}", 7 },
        { "coach", "/directory/{incubator}", 5 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_signed_in_page_runs_its_pinned_number_of_commands(string who, string page, int commands)
    {
        var ran = await CommandsAsync(networks.Small, who, page);

        Assert.True(ran.Count == commands, $"{page} as {who} ran {ran.Count} commands, not {commands}:\n{string.Join("\n---\n", ran)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_runs_as_many_commands_with_twelve_records_as_with_two(string who, string page, int _)
    {
        var small = await CommandsAsync(networks.Small, who, page);
        var large = await CommandsAsync(networks.Large, who, page);

        Assert.True(small.Count == large.Count, $"{page} as {who} ran {small.Count} commands with two records and {large.Count} with twelve:\n{string.Join("\n---\n", large)}");
    }

    [Fact]
    public async Task Queries_run_outside_the_measured_request_are_not_counted()
    {
        using var stop = new CancellationTokenSource();
        var background = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) await networks.WithDbAsync(db => db.Organisations.CountAsync());
        });

        var ran = await CommandsAsync(networks.Small, "coach", "/circles");
        await stop.CancelAsync();
        await background;

        Assert.Equal(3, ran.Count);
    }

    /// <summary>The commands of the page once warm: its first request may fill caches that later ones read.</summary>
    private async Task<IReadOnlyList<string>> CommandsAsync(Network network, string who, string page)
    {
        var client = who switch
        {
            "coach" => network.Coach,
            "coordinator" => network.Coordinator,
            "holder" => network.Holder,
            _ => network.Guest,
        };
        var path = page.Replace("{project}", network.Project.ToString()).Replace("{circle}", network.Circle.ToString())
            .Replace("{session}", network.Session.ToString()).Replace("{poll}", network.Poll.ToString())
            .Replace("{agreement}", network.Agreement.ToString()).Replace("{incubator}", network.Incubator.ToString());
        // The directory's index is built in the background when the app starts; until then the database answers.
        await networks.Services.GetRequiredService<DirectoryIndex>().BuildAsync(CancellationToken.None);
        await networks.CommandsToGetAsync(client, path);
        return await networks.CommandsToGetAsync(client, path);
    }
}

internal static class QueryCountTesting
{
    /// <summary>A network with <paramref name="records"/> records of each kind: projects, their team members, coaching
    /// sessions and actions, circle sessions, poll options and answers, agreement commitments.</summary>
    public static async Task<QueryCountTests.Network> NetworkAsync(this AppFactory app, int records)
    {
        var cegep = await app.CreateOrganisationAsync(side: Side.Quebec);
        var incubator = await app.CreateOrganisationAsync(side: Side.Quebec);
        await app.CarryAsync(cegep.Id, incubator.Id);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var partner = await app.CreateOrganisationAsync(side: Side.France);
        var coach = await app.PersonAsync(incubator.Id, MemberRole.Coach, "Julie Tremblay");
        var coordinator = await app.PersonAsync(cegep.Id, MemberRole.OrganisationAdministrator, "Geneviève Gagnon");
        var holder = await app.PersonAsync(incubator.Id, MemberRole.ProjectMember, "Élodie Lafortune");
        var guest = await app.PersonAsync(partner.Id, MemberRole.PartnerGuest, "Maïté Lasserre");
        var franceCoach = await app.PersonAsync(tube.Id, MemberRole.Coach, "Pierre Etcheverry");

        var projects = new List<Guid>();
        for (var i = 0; i < records; i++)
        {
            var project = await app.CreateActiveProjectAsync(incubator.Id, $"Projet {i + 1}");
            await app.AddTeamMemberAsync(project.Id, holder.User.Id);
            await app.AddTeamMemberAsync(project.Id);
            projects.Add(project.Id);
        }
        var start = ProjectsTesting.Now;
        for (var i = 0; i < records; i++)
        {
            var session = await app.LogSessionAsync(incubator.Id, coach.User.Id, start - Duration.FromDays(i + 1), 60, projects[i], projects[(i + 1) % records]);
            await app.AddActionAsync(session, projects[i], holder.User.Id, new LocalDate(2026, 3, 20).PlusDays(i));
        }

        var circle = new Circle { Name = $"Cercle {records}", Purpose = "Partager nos pratiques." };
        circle.ChooseCoFacilitator(Side.Quebec, coach.User.Id);
        circle.ChooseCoFacilitator(Side.France, franceCoach.User.Id);
        circle.AddMember(holder.User.Id, Side.Quebec);
        circle.AddMember(guest.User.Id, Side.France);
        circle.AddMember(coordinator.User.Id, Side.Quebec);
        var sessions = Enumerable.Range(0, records).Select(i =>
        {
            var session = new CircleSession { CircleId = circle.Id, Title = $"Rencontre {i + 1}", Agenda = "1. Tour de table\n2. **Financement**" };
            session.Schedule(start + Duration.FromDays(7 * (i - 1)), "America/Toronto", 90);
            session.Attendance.AddRange(circle.Members.Select(m => new SessionAttendance { SessionId = session.Id, UserId = m.UserId }));
            return session;
        }).ToList();
        var poll = new Poll { CircleId = circle.Id, Title = "Bilan du printemps", TimeZoneId = "America/Toronto", DurationMinutes = 60 };
        poll.Options.AddRange(Enumerable.Range(0, Math.Min(records, Poll.MaxOptions)).Select(i =>
        {
            var option = new PollOption { PollId = poll.Id, StartsAt = start + Duration.FromDays(14 + i) };
            option.Answers.AddRange(circle.Members.Select(m => new PollAnswer { OptionId = option.Id, UserId = m.UserId, Answer = PollAnswerKind.Yes }));
            return option;
        }));

        var agreement = new Agreement { Purpose = "Formaliser le transfert de pratiques." };
        var cegepParty = new AgreementParty { AgreementId = agreement.Id, OrganisationId = cegep.Id, SigningRank = 1 };
        cegepParty.Signatories.Add(new AgreementSignatory { PartyId = cegepParty.Id, UserId = coordinator.User.Id });
        var tubeParty = new AgreementParty { AgreementId = agreement.Id, OrganisationId = tube.Id, SigningRank = 2 };
        agreement.Parties.AddRange([cegepParty, tubeParty]);
        var articles = Enumerable.Range(0, records).Select(i => (Key: Guid.NewGuid(), Heading: $"Article {i + 1}", Body: "Les parties partagent leurs pratiques d'incubation.")).ToList();
        var version = agreement.SaveVersion(0, "Entente de partenariat", articles, [("Calendrier", "- Mission à Tarnos")], coordinator.User.Id, start)!;
        var commitments = articles.Select((a, i) => new Commitment
        {
            AgreementId = agreement.Id, ArticleKey = a.Key, What = $"Rapport {i + 1}", PartyId = cegepParty.Id, PersonId = coordinator.User.Id,
            DueOn = new LocalDate(2026, 3, 15).PlusDays(i), Recurrence = Passerelles.Web.Features.Agreements.Recurrence.Once,
        }).ToList();

        await app.WithDbAsync(async db =>
        {
            db.Circles.Add(circle);
            db.CircleSessions.AddRange(sessions);
            db.Polls.Add(poll);
            db.Agreements.Add(agreement);
            db.AgreementVersions.Add(version);
            db.Commitments.AddRange(commitments);
            await db.SaveChangesAsync();
        });
        return new QueryCountTests.Network(coach.Client, coordinator.Client, holder.Client, guest.Client,
            incubator.Id, projects[0], circle.Id, sessions[0].Id, poll.Id, agreement.Id);
    }
}
