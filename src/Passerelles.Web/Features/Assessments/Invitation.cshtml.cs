using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Assessments;

/// <summary>Where an invitation's e-mail leads: the invited person, signed in with the invited address, starts their
/// assessment of the project with the grid (or carries on with it). Anyone else, or someone who does not see the
/// project, learns nothing of the invitation.</summary>
public sealed class InvitationModel(AppDbContext db) : PageModel
{
    public string ProjectName { get; private set; } = "";
    public string Grid { get; private set; } = "";
    public string Inviter { get; private set; } = "";
    public AssessorKind Kind { get; private set; }
    public Guid? AssessmentId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } invitation) return NotFound();
        ProjectName = await db.Projects.Where(p => p.Id == invitation.ProjectId).Select(p => p.Name).SingleAsync();
        Grid = $"{invitation.GridVersion.Title.ForCurrentCulture()} (v{invitation.GridVersion.Number})";
        Inviter = await db.Users.Where(u => u.Id == invitation.InvitedBy).Select(u => u.DisplayName).SingleAsync();
        AssessmentId = invitation.AssessmentId;
        return Page();
    }

    /// <summary>Starts the person's assessment, or carries on with their draft with the same grid.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } invitation) return NotFound();
        if (invitation.AssessmentId is { } started) return Redirect($"/assessments/{started}");
        var userId = User.UserId()!.Value;
        var draft = await db.Assessments.Where(a => a.ProjectId == invitation.ProjectId && a.GridVersionId == invitation.GridVersionId
                && a.AssessorId == userId && a.Status == AssessmentStatus.Draft)
            .FirstOrDefaultAsync();
        if (draft is null)
        {
            draft = Assessment.OfProject(invitation.GridVersionId, invitation.ProjectId, Kind, userId);
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
        if (await AssessmentAccess.KindForAsync(db, User, invitation.ProjectId) is not { } kind) return null;
        Kind = kind;
        return invitation;
    }
}
