using System.Text;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects.Portfolio;

internal static class PortfolioTesting
{
    /// <summary>A word found nowhere else, so that a search sees only the projects of one test.</summary>
    public static string Tag() => "zq" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A project accepted by <paramref name="incubatorId"/> into a new cohort at the default stage of
    /// <paramref name="stage"/>, described by <paramref name="describe"/>.</summary>
    public static Task<Project> ProjectAsync(
        this AppFactory app, Guid incubatorId, string name, Action<Project>? describe = null,
        CanonicalStage stage = CanonicalStage.Awareness, params string[] themes) =>
        app.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, incubatorId);
            var stages = await db.IncubatorStages.Where(s => s.IncubatorId == incubatorId).OrderBy(s => s.Position).ToListAsync();
            var programme = new Programme { IncubatorId = incubatorId, Name = $"Parcours {Guid.NewGuid():N}"[..20] };
            var cohort = new Cohort { Programme = programme, Name = "Cohorte 2026", StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15) };
            db.Cohorts.Add(cohort);
            var project = Project.ApplyTo(incubatorId, name);
            project.AcceptInto(cohort, stages[0], ProjectsTesting.Now, null);
            if (stages[0].CanonicalStage != stage) project.MoveToStage(stages.First(s => s.CanonicalStage == stage), ProjectsTesting.Now, null, "");
            project.Themes = themes.Select(t => new ProjectTheme { Name = t }).ToList();
            describe?.Invoke(project);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project;
        });

    public static Task ArchiveAsync(this AppFactory app, Guid projectId) =>
        app.WithDbAsync(async db =>
        {
            var project = await db.Projects.SingleAsync(p => p.Id == projectId);
            project.Archive(ProjectsTesting.Now);
            await db.SaveChangesAsync();
        });

    /// <summary>Shares the project with <paramref name="partnerId"/>, on the consent of a new team member.</summary>
    public static async Task ShareAsync(this AppFactory app, Guid projectId, Guid partnerId)
    {
        var member = await app.AddTeamMemberAsync(projectId);
        await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.Include(p => p.Members).Include(p => p.Shares).SingleAsync(p => p.Id == projectId);
            project.ShareWith(partnerId, project.Members.Single(m => m.Id == member.Id), ProjectsTesting.Now, ProjectsTesting.Now, null);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A signed-in client for a new person with <paramref name="role"/> in <paramref name="organisationId"/>.</summary>
    public static async Task<HttpClient> MemberOfAsync(this AppFactory app, Guid organisationId, MemberRole role = MemberRole.Coach)
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, culture: "en");
        await app.AddMemberAsync(organisationId, user.Id, role);
        return await app.SignedInClientAsync(email);
    }

    public static Task<Organisation> IncubatorAsync(this AppFactory app, Side side = Side.Quebec) =>
        app.CreateOrganisationAsync($"Incubateur {Guid.NewGuid():N}"[..22], side);

    /// <summary>The rows of a CSV file, read by a real CSV parser, each as its cells by column name.</summary>
    public static List<Dictionary<string, string>> CsvRows(byte[] content)
    {
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>();
            for (var i = 0; i < names.Count; i++) values[names[i]] = row[i].ToString();
            rows.Add(values);
        }
        return rows;
    }
}
