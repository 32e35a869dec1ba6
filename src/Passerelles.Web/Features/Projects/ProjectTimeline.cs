namespace Passerelles.Web.Features.Projects;

/// <summary>Everything that happened to a project, newest first: its application and decision, stage changes,
/// milestones and documents recorded, transfers, shares and coaching sessions. Each source is read newest first
/// and only as far as asked, so a project with years of sessions still shows its latest events quickly.</summary>
public static class ProjectTimeline
{
    public enum Kind { Applied, Decided, StageChanged, MilestoneRecorded, DocumentAdded, Transferred, Shared, ShareRevoked, CoachingSession }

    /// <summary>One event: when, what, and a short text already in the project's data (a stage, a file name).</summary>
    public sealed record Event(Instant At, Kind Kind, string Detail);

    /// <summary>The latest <paramref name="limit"/> events, or all of them; stages are named for the reader's
    /// <paramref name="culture"/>.</summary>
    public static async Task<IReadOnlyList<Event>> LoadAsync(AppDbContext db, Guid projectId, string culture, int? limit)
    {
        var take = limit ?? int.MaxValue;
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.CreatedAt, p.DecidedAt, p.Status, p.Incubator.Side }).SingleAsync();
        var events = new List<Event> { new(project.CreatedAt, Kind.Applied, "") };
        if (project.DecidedAt is { } decidedAt) events.Add(new(decidedAt, Kind.Decided, project.Status.ToString()));

        events.AddRange((await db.StageChanges.AsNoTracking().Where(c => c.ProjectId == projectId)
                .OrderByDescending(c => c.At).Take(take).Select(c => new { c.At, c.Stage }).ToListAsync())
            .Select(c => new Event(c.At, Kind.StageChanged, c.Stage.LabelFor(culture, project.Side))));
        events.AddRange((await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId)
                .OrderByDescending(m => m.CreatedAt).Take(take).Select(m => new { m.CreatedAt, m.Kind }).ToListAsync())
            .Select(m => new Event(m.CreatedAt, Kind.MilestoneRecorded, m.Kind.ToString())));
        events.AddRange((await db.ProjectDocuments.AsNoTracking().Where(d => d.ProjectId == projectId)
                .OrderByDescending(d => d.UploadedAt).Take(take).Select(d => new { d.UploadedAt, d.OriginalFileName }).ToListAsync())
            .Select(d => new Event(d.UploadedAt, Kind.DocumentAdded, d.OriginalFileName)));
        events.AddRange((await db.ProjectTransfers.AsNoTracking().Where(t => t.ProjectId == projectId)
                .OrderByDescending(t => t.At).Take(take)
                .Select(t => new { t.At, To = db.Organisations.Where(o => o.Id == t.ToIncubatorId).Select(o => o.Name).FirstOrDefault() ?? "" }).ToListAsync())
            .Select(t => new Event(t.At, Kind.Transferred, t.To)));
        var shares = await db.ProjectShares.AsNoTracking().Where(s => s.ProjectId == projectId)
            .OrderByDescending(s => s.SharedAt).Take(take)
            .Select(s => new { s.SharedAt, s.RevokedAt, Partner = s.PartnerIncubator.Name }).ToListAsync();
        foreach (var share in shares)
        {
            events.Add(new(share.SharedAt, Kind.Shared, share.Partner));
            if (share.RevokedAt is { } revokedAt) events.Add(new(revokedAt, Kind.ShareRevoked, share.Partner));
        }
        events.AddRange((await db.CoachingSessionProjects.AsNoTracking().Where(s => s.ProjectId == projectId)
                .OrderByDescending(s => s.StartsAt).Take(take).Select(s => s.StartsAt).ToListAsync())
            .Select(at => new Event(at, Kind.CoachingSession, "")));

        return events.OrderByDescending(e => e.At).ThenByDescending(e => e.Kind).Take(take).ToList();
    }

    /// <summary>How many events <see cref="LoadAsync"/> would return without a limit, counted from the same sources,
    /// for the pages of the full timeline.</summary>
    public static async Task<int> CountAsync(AppDbContext db, Guid projectId)
    {
        var decided = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.DecidedAt).SingleAsync();
        return 1 + (decided is null ? 0 : 1)
               + await db.StageChanges.CountAsync(c => c.ProjectId == projectId)
               + await db.Milestones.CountAsync(m => m.ProjectId == projectId)
               + await db.ProjectDocuments.CountAsync(d => d.ProjectId == projectId)
               + await db.ProjectTransfers.CountAsync(t => t.ProjectId == projectId)
               + await db.ProjectShares.CountAsync(s => s.ProjectId == projectId)
               + await db.ProjectShares.CountAsync(s => s.ProjectId == projectId && s.RevokedAt != null)
               + await db.CoachingSessionProjects.CountAsync(s => s.ProjectId == projectId);
    }
}
