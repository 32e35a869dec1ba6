namespace Passerelles.Web.Features.Missions;

/// <summary>Invitations to a mission's delegation: the e-mail that tells the person, in their language (that of the
/// organisation they travel for when they have chosen none), and the invitations awaiting a person's answer.</summary>
public sealed class MissionInvitations(AppDbContext db, EmailTemplates templates, IMailer mailer, ILogger<MissionInvitations> logger)
{
    public sealed record Pending(Guid MissionId, string Title, LocalDate StartsOn, LocalDate EndsOn, MissionRole Role);

    /// <summary>Tells the invited member; a failure is logged and does not undo the invitation, which the person also
    /// finds on their home page.</summary>
    public async Task SendAsync(HttpRequest request, Guid memberId, Guid inviterId)
    {
        var invitation = await db.MissionMembers.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.MissionId, m.User.Email, Culture = m.User.PreferredCulture != "" ? m.User.PreferredCulture : m.Organisation.DefaultCulture,
                Organisation = m.Organisation.Name, m.Role,
                Mission = db.Missions.Where(x => x.Id == m.MissionId).Select(x => new { x.Title, x.StartsOn, x.EndsOn }).Single(),
            })
            .SingleAsync();
        if (string.IsNullOrEmpty(invitation.Email)) return;
        var inviter = await db.Users.Where(u => u.Id == inviterId).Select(u => u.DisplayName).SingleAsync();
        var link = templates.AbsoluteUrl(request, $"/missions/{invitation.MissionId}/invitation");
        var mission = invitation.Mission;
        try
        {
            await mailer.SendAsync(templates.Compose(invitation.Email, invitation.Culture, t => new EmailTemplates.Content(
                t["Invitation to the mission {0}", mission.Title],
                [
                    t["{0} invites you to join the delegation of the mission {1}, from {2} to {3}.", inviter, mission.Title,
                        mission.StartsOn.ToDateOnly().ToString("d"), mission.EndsOn.ToDateOnly().ToString("d")],
                    t["You would travel for {0}. Your role: {1}.", invitation.Organisation, t["MissionRole." + invitation.Role]],
                    t["Accept or decline the invitation on its page."],
                ],
                t["Answer the invitation"], link)));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "An invitation to a mission could not be sent.");
        }
    }

    /// <summary>The invitations awaiting the person's answer, the soonest mission first.</summary>
    public static Task<List<Pending>> PendingForAsync(AppDbContext db, Guid userId, int limit) =>
        db.MissionMembers.AsNoTracking()
            .Where(m => m.UserId == userId && m.Status == MissionInvitationStatus.Invited)
            .Join(db.Missions, m => m.MissionId, x => x.Id, (m, x) => new { m.Role, Mission = x })
            .OrderBy(p => p.Mission.StartsOn).ThenBy(p => p.Mission.Id)
            .Take(limit)
            .Select(p => new Pending(p.Mission.Id, p.Mission.Title, p.Mission.StartsOn, p.Mission.EndsOn, p.Role))
            .ToListAsync();
}
