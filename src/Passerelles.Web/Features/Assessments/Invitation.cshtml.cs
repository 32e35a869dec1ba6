namespace Passerelles.Web.Features.Assessments;

/// <summary>Where an invitation's e-mail leads: the invited person, signed in with the invited address, starts their
/// assessment of the project (or of the study's territory) with the grid, or carries on with it. An invitation to a
/// project grants nothing by itself: the person must see the project. An invitation to a study is how its assessors come
/// in: following it makes the person an assessor of that study. Anyone else learns nothing of the invitation.</summary>
public sealed class InvitationModel(AppDbContext db, CurrentActor actors, TimeProvider clock) : PageModel
{
    /// <summary>The project's name, or the territory with its region.</summary>
    public string Subject { get; private set; } = "";
    public bool IsTerritory { get; private set; }
    public string Grid { get; private set; } = "";
    public string Inviter { get; private set; } = "";
    public AssessorKind Kind { get; private set; }
    public Guid? AssessmentId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } invitation) return NotFound();
        IsTerritory = invitation.IsForTerritory;
        Subject = invitation.ProjectId is { } projectId
            ? await db.Projects.Where(p => p.Id == projectId).Select(p => p.Name).SingleAsync()
            : TerritoryInviteModel.Named(invitation.TerritoryName, invitation.TerritoryRegion);
        Grid = $"{invitation.GridVersion.Title.ForCurrentCulture()} (v{invitation.GridVersion.Number})";
        Inviter = await db.Users.Where(u => u.Id == invitation.InvitedBy).Select(u => u.DisplayName).SingleAsync();
        AssessmentId = invitation.AssessmentId;
        return Page();
    }

    /// <summary>Starts the person's assessment, or carries on with their draft with the same grid about the same subject.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } invitation) return NotFound();
        if (invitation.AssessmentId is { } started) return Redirect($"/assessments/{started}");
        var draft = await StartAsync(db, invitation, (await actors.GetAsync()).UserId!.Value, Kind, Instant.FromDateTimeOffset(clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return Redirect($"/assessments/{draft.Id}");
    }

    /// <summary>The invited person's assessment, found among their drafts or started, and the invitation marked as
    /// followed; for a study, the person becomes one of its assessors. Saved by the caller.</summary>
    public static async Task<Assessment> StartAsync(AppDbContext db, AssessmentInvitation invitation, Guid userId, AssessorKind kind, Instant now)
    {
        var drafts = db.Assessments.Where(a => a.GridVersionId == invitation.GridVersionId && a.AssessorId == userId && a.Status == AssessmentStatus.Draft);
        Assessment? draft;
        if (invitation.StudyId is { } studyId)
        {
            var study = await db.TerritoryStudies.Include(s => s.Assessors).SingleAsync(s => s.Id == studyId);
            study.AddAssessor(userId, now);
            draft = await drafts.FirstOrDefaultAsync(a => a.StudyId == studyId) ?? Assessment.OfTerritory(invitation.GridVersionId, study, userId);
        }
        else
        {
            var projectId = invitation.ProjectId!.Value;
            draft = await drafts.FirstOrDefaultAsync(a => a.ProjectId == projectId) ?? Assessment.OfProject(invitation.GridVersionId, projectId, kind, userId);
        }
        if (db.Entry(draft).State == EntityState.Detached) db.Assessments.Add(draft);
        invitation.StartedWith(draft.Id);
        return draft;
    }

    private async Task<AssessmentInvitation?> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var invitation = await db.AssessmentInvitations.Include(i => i.GridVersion).SingleOrDefaultAsync(i => i.Id == id);
        var email = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.Email).SingleOrDefaultAsync();
        if (invitation is null || !invitation.IsFor(email)) return null;
        if (invitation.ProjectId is { } projectId)
        {
            if (await AssessmentLoader.KindForAsync(db, actor, projectId) is not { } kind) return null;
            Kind = kind;
            return invitation;
        }
        Kind = AssessorKind.Coach;
        return invitation.StudyId is null ? null : invitation;
    }
}
