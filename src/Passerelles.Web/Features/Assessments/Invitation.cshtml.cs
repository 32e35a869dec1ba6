using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Assessments;

/// <summary>Where an invitation's e-mail leads: the invited person, signed in with the invited address, starts their
/// assessment of the project (or of the territory) with the grid, or carries on with it. Anyone else, or someone who
/// does not see the project (for a territory: who is not on the staff of an incubator), learns nothing of the
/// invitation.</summary>
public sealed class InvitationModel(AppDbContext db) : PageModel
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
        var userId = User.UserId()!.Value;
        var drafts = db.Assessments.Where(a => a.GridVersionId == invitation.GridVersionId && a.AssessorId == userId && a.Status == AssessmentStatus.Draft);
        var draft = invitation.ProjectId is { } projectId
            ? await drafts.FirstOrDefaultAsync(a => a.ProjectId == projectId)
            : await drafts.FirstOrDefaultAsync(a => a.ProjectId == null && a.TerritoryName == invitation.TerritoryName && a.TerritoryRegion == invitation.TerritoryRegion);
        if (draft is null)
        {
            draft = invitation.ProjectId is { } project
                ? Assessment.OfProject(invitation.GridVersionId, project, Kind, userId)
                : Assessment.OfTerritory(invitation.GridVersionId, await TerritoryStudy.FindOrStartAsync(db, invitation.TerritoryName, invitation.TerritoryRegion), userId);
            db.Assessments.Add(draft);
        }
        invitation.StartedWith(draft.Id);
        await db.SaveChangesAsync();
        return Redirect($"/assessments/{draft.Id}");
    }

    private async Task<AssessmentInvitation?> LoadAsync(Guid id)
    {
        var invitation = await db.AssessmentInvitations.Include(i => i.GridVersion).SingleOrDefaultAsync(i => i.Id == id);
        var email = await db.Users.Where(u => u.Id == User.UserId()).Select(u => u.Email).SingleOrDefaultAsync();
        if (invitation is null || !invitation.IsFor(email)) return null;
        if (invitation.ProjectId is { } projectId)
        {
            if (await AssessmentAccess.KindForAsync(db, User, projectId) is not { } kind) return null;
            Kind = kind;
        }
        else
        {
            if (!await GridAccess.MayEditAsync(db, User)) return null;
            Kind = AssessorKind.Coach;
        }
        return invitation;
    }
}
