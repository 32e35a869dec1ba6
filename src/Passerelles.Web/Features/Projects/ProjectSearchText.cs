using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Passerelles.Web.Features.Projects;

/// <summary>Keeps <see cref="Project.SearchText"/> in step with what it folds, whichever page changed the project or its
/// themes, so that a search for "cooperative" finds "Coopérative" on SQLite and PostgreSQL alike, word by word.</summary>
public sealed class ProjectSearchText : SaveChangesInterceptor
{
    /// <summary>The words of <paramref name="query"/>, folded as the search text is: each must appear in a project found.</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : Organisation.SearchKey(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().Take(10).ToList();

    /// <summary>Only projects holding every word of <paramref name="query"/> in their name, summary, need, territory or themes.</summary>
    public static IQueryable<Project> Matching(IQueryable<Project> projects, string? query)
    {
        foreach (var word in Words(query)) projects = projects.Where(p => p.SearchText.Contains(word));
        return projects;
    }

    public static string Of(Project project, IEnumerable<string> themes) => Organisation.SearchKey(string.Join(" \n ",
        new[] { project.Name, project.Summary, project.NeedAddressed, project.Territory }
            .Concat(themes)
            .Where(s => !string.IsNullOrWhiteSpace(s))));

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RefreshAsync(eventData.Context, async: false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    private static async Task RefreshAsync(DbContext? context, bool async, CancellationToken cancellationToken)
    {
        if (context is null) return;
        var tracker = context.ChangeTracker;
        var projects = tracker.Entries<Project>().Where(e => e.State != EntityState.Deleted).ToDictionary(e => e.Entity.Id);
        var themes = tracker.Entries<ProjectTheme>().ToList();
        var changed = projects.Values.Where(e => e.State is EntityState.Added or EntityState.Modified).ToDictionary(e => e.Entity.Id);
        // A theme added or removed changes the project's text even when nothing else of the project did.
        foreach (var theme in themes.Where(e => e.State is EntityState.Added or EntityState.Deleted))
            if (projects.TryGetValue(theme.Entity.ProjectId, out var owner)) changed.TryAdd(owner.Entity.Id, owner);

        foreach (var (id, entry) in changed)
        {
            IEnumerable<string> names;
            if (entry.State == EntityState.Added || entry.Collection(p => p.Themes).IsLoaded)
            {
                names = entry.Entity.Themes.Select(t => t.Name);
            }
            else
            {
                // The themes were not loaded with the project: the stored ones, with what this save adds and removes.
                var stored = context.Set<ProjectTheme>().AsNoTracking().Where(t => t.ProjectId == id).Select(t => t.Name);
                var storedNames = async ? await stored.ToListAsync(cancellationToken) : stored.ToList();
                var mine = themes.Where(t => t.Entity.ProjectId == id).ToList();
                names = storedNames
                    .Except(mine.Where(t => t.State == EntityState.Deleted).Select(t => t.Entity.Name))
                    .Union(mine.Where(t => t.State != EntityState.Deleted).Select(t => t.Entity.Name));
            }
            var text = Of(entry.Entity, names);
            var property = entry.Property(p => p.SearchText);
            if (property.CurrentValue != text) property.CurrentValue = text;
        }
    }
}
