using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Features.Projects.Export;

namespace Passerelles.Tests.Projects.Portfolio;

public sealed class ExportCsvTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<(HttpResponseMessage Response, List<Dictionary<string, string>> Rows)> ExportAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, PortfolioTesting.CsvRows(await response.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>Members with accounts, each having declared (or not) their gender on their account.</summary>
    private async Task AddMembersAsync(Guid projectId, params SelfDeclaredGender?[] genders)
    {
        var users = new List<Guid>();
        foreach (var _ in genders) users.Add((await app.CreateUserAsync($"membre-{Guid.NewGuid():N}@example.org")).Id);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < genders.Length; i++)
            {
                var user = await db.Users.SingleAsync(u => u.Id == users[i]);
                user.Gender = genders[i];
                db.ProjectMembers.Add(new ProjectMember { ProjectId = projectId, UserId = user.Id, DisplayName = "Membre" });
            }
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task The_projects_file_is_an_rfc_4180_utf8_attachment_with_formulas_neutralised()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        await app.ProjectAsync(incubator.Id, $"=cmd|' /C calc'!A0 {tag}", p => p.Territory = "Joliette, \"Lanaudière\"",
            CanonicalStage.Incubation, "Youth", "Alimentation");
        var client = await app.AdministratorClientAsync();

        var (response, rows) = await ExportAsync(client, $"/projects/export/projects?q={tag}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("\r\n", System.Text.Encoding.UTF8.GetString(bytes));
        var row = Assert.Single(rows);
        Assert.Equal(ProjectExports.ProjectColumns, row.Keys);
        Assert.Equal($"'=cmd|' /C calc'!A0 {tag}", row["name"]);
        Assert.Equal(incubator.Name, row["incubator"]);
        Assert.Equal("Quebec", row["side"]);
        Assert.Equal("Cohorte 2026", row["cohort"]);
        Assert.Equal("Incubation", row["stage"]);
        Assert.Equal("Active", row["status"]);
        Assert.Equal("Alimentation|Youth", row["themes"]);
        Assert.Equal("Joliette, \"Lanaudière\"", row["territory"]);
    }

    [Fact]
    public async Task Gender_counts_are_given_only_when_no_group_is_smaller_than_five()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        var small = await app.ProjectAsync(incubator.Id, $"Small {tag}");
        var large = await app.ProjectAsync(incubator.Id, $"Large {tag}");
        await AddMembersAsync(small.Id, SelfDeclaredGender.Woman, SelfDeclaredGender.Woman, SelfDeclaredGender.Man);
        await AddMembersAsync(large.Id, [.. Enumerable.Repeat<SelfDeclaredGender?>(SelfDeclaredGender.Woman, 6), .. Enumerable.Repeat<SelfDeclaredGender?>(SelfDeclaredGender.Man, 5)]);
        var client = await app.AdministratorClientAsync();

        var (_, rows) = await ExportAsync(client, $"/projects/export/projects?q={tag}");

        var largeRow = rows.Single(r => r["name"] == $"Large {tag}");
        Assert.Equal(["11", "6", "5", "0", "0"], new[] { largeRow["team_size"], largeRow["women"], largeRow["men"], largeRow["non_binary"], largeRow["undeclared"] });
        var smallRow = rows.Single(r => r["name"] == $"Small {tag}");
        Assert.Equal("3", smallRow["team_size"]);
        Assert.All(new[] { "women", "men", "non_binary", "undeclared" }, c => Assert.Equal(ProjectExports.Suppressed, smallRow[c]));
    }

    [Fact]
    public async Task Milestones_give_their_figures_and_whether_they_are_planned()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync(Side.France);
        var project = await app.ProjectAsync(incubator.Id, $"Scic {tag}");
        await app.WithDbAsync(async db =>
        {
            db.Milestones.AddRange(
                new Milestone { ProjectId = project.Id, Kind = MilestoneKind.LegalCreation, On = new LocalDate(2025, 11, 3), LegalForm = "SCIC", RegistryNumber = "732829320" },
                new Milestone { ProjectId = project.Id, Kind = MilestoneKind.FundsRaised, On = new LocalDate(2026, 2, 1), Amount = 25000m, Currency = "EUR" },
                new Milestone { ProjectId = project.Id, Kind = MilestoneKind.JobsCreated, On = new LocalDate(2026, 9, 1), Fte = 1.5m });
            await db.SaveChangesAsync();
        });
        var client = await app.AdministratorClientAsync();

        var (_, rows) = await ExportAsync(client, $"/projects/export/milestones?q={tag}");

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal($"Scic {tag}", r["project"]));
        Assert.Equal(["LegalCreation", "2025-11-03", "no", "SCIC", "732829320"], new[] { rows[0]["kind"], rows[0]["date"], rows[0]["planned"], rows[0]["legal_form"], rows[0]["registry_number"] });
        Assert.Equal(["25000.00", "EUR"], new[] { rows[1]["amount"], rows[1]["currency"] });
        Assert.Equal(["yes", "1.5"], new[] { rows[2]["planned"], rows[2]["fte"] });
    }

    [Fact]
    public async Task Coaching_hours_add_up_per_project_and_month_in_the_organisers_zone()
    {
        var tag = PortfolioTesting.Tag();
        var incubator = await app.IncubatorAsync();
        var first = await app.ProjectAsync(incubator.Id, $"Alpha {tag}");
        var second = await app.ProjectAsync(incubator.Id, $"Beta {tag}");
        var coach = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        await app.WithDbAsync(async db =>
        {
            // 31 March 23:30 in Montréal is already April in UTC: it counts in March. (All have taken place: only those count.)
            var lateMarch = new CoachingSession { IncubatorId = incubator.Id, Kind = CoachingKind.Individual, DurationMinutes = 90, CoachId = coach.Id };
            lateMarch.AddProject(first.Id);
            lateMarch.ScheduleAt(Instant.FromUtc(2025, 4, 1, 3, 30), "America/Toronto");
            var collective = new CoachingSession { IncubatorId = incubator.Id, Kind = CoachingKind.Collective, DurationMinutes = 120, CoachId = coach.Id };
            collective.AddProject(first.Id);
            collective.AddProject(second.Id);
            collective.ScheduleAt(Instant.FromUtc(2025, 3, 12, 14, 0), "America/Toronto");
            var april = new CoachingSession { IncubatorId = incubator.Id, Kind = CoachingKind.Individual, DurationMinutes = 45, CoachId = coach.Id };
            april.AddProject(first.Id);
            april.ScheduleAt(Instant.FromUtc(2025, 4, 8, 14, 0), "America/Toronto");
            db.CoachingSessions.AddRange(lateMarch, collective, april);
            await db.SaveChangesAsync();
        });
        var client = await app.AdministratorClientAsync();

        var (_, rows) = await ExportAsync(client, $"/projects/export/coaching-hours?q={tag}");

        Assert.Equal(
            [$"Alpha {tag};2025-03;3.5;2", $"Alpha {tag};2025-04;0.75;1", $"Beta {tag};2025-03;2;1"],
            rows.Select(r => $"{r["project"]};{r["month"]};{r["hours"]};{r["sessions"]}"));
    }

    [Fact]
    public async Task Only_staff_export_and_only_the_projects_they_may_see()
    {
        var tag = PortfolioTesting.Tag();
        var mine = await app.IncubatorAsync();
        var other = await app.IncubatorAsync(Side.France);
        await app.ProjectAsync(mine.Id, $"Mine {tag}");
        await app.ProjectAsync(other.Id, $"Theirs {tag}");
        var coach = await app.MemberOfAsync(mine.Id);
        var projectMember = await app.MemberOfAsync(mine.Id, MemberRole.ProjectMember);

        var (_, rows) = await ExportAsync(coach, $"/projects/export/projects?q={tag}");
        var refused = await projectMember.GetAsync($"/projects/export/projects?q={tag}");
        var unknown = await coach.GetAsync("/projects/export/everything");

        Assert.Equal([$"Mine {tag}"], rows.Select(r => r["name"]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public void A_small_group_suppresses_every_gender_count_of_the_team()
    {
        Assert.Equal(["5", "6", "0", "0"], ProjectExports.GenderCells(5, 6, 0, 0));
        Assert.All(ProjectExports.GenderCells(7, 6, 1, 0), c => Assert.Equal(ProjectExports.Suppressed, c));
        Assert.All(ProjectExports.GenderCells(0, 0, 0, 4), c => Assert.Equal(ProjectExports.Suppressed, c));
    }
}
