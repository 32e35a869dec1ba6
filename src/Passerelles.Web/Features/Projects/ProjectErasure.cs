namespace Passerelles.Web.Features.Projects;

/// <summary>A privacy erasure of a project: the project and its team lose what names anyone (<see cref="Project.Erase"/>),
/// and so do the coaching sessions that coached it (notes, names typed for participants), the actions agreed for it,
/// its milestones' notes and its documents, files included. What counts anonymously stays: the stage history, the
/// milestones, the sessions' times and durations, so hours still add up. The documents' files go only once the erasure
/// is committed, so that a failed save leaves the project whole.</summary>
public static class ProjectErasure
{
    /// <summary>Erases the project, saves, then deletes its documents' files.</summary>
    public static async Task EraseAsync(AppDbContext db, EvidenceDocuments files, Guid projectId, Instant at)
    {
        var stored = await PrepareAsync(db, projectId, at);
        await db.SaveChangesAsync();
        await DeleteFilesAsync(files, stored);
    }

    /// <summary>Makes the erasure of the project in the tracked entities without saving it, and returns the stored names
    /// of its documents' files, for <see cref="DeleteFilesAsync"/> once the change is committed.</summary>
    public static async Task<IReadOnlyList<string>> PrepareAsync(AppDbContext db, Guid projectId, Instant at)
    {
        var project = await db.Projects.Include(p => p.Members).Include(p => p.Documents).Include(p => p.Milestones)
            .SingleAsync(p => p.Id == projectId);
        project.Erase(at);
        foreach (var milestone in project.Milestones) milestone.Note = "";

        var sessionIds = db.CoachingSessionProjects.Where(s => s.ProjectId == projectId).Select(s => s.SessionId);
        foreach (var session in await db.CoachingSessions.Include(s => s.Participants).Where(s => sessionIds.Contains(s.Id)).ToListAsync())
        {
            session.Notes = "";
            foreach (var participant in session.Participants) participant.Name = "";
        }
        foreach (var action in await db.CoachingActions.Where(a => a.ProjectId == projectId).ToListAsync()) action.Description = "";

        var stored = project.Documents.Select(d => d.StoredName).ToList();
        db.ProjectDocuments.RemoveRange(project.Documents);
        return stored;
    }

    public static async Task DeleteFilesAsync(EvidenceDocuments files, IEnumerable<string> stored)
    {
        foreach (var name in stored) await files.DeleteAsync(name);
    }
}
