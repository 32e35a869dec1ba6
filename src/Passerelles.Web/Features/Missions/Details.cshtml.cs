namespace Passerelles.Web.Features.Missions;

/// <summary>The whole mission: its set-up, objectives and delegation by side, for those who see it whole.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record ObjectiveRow(Guid Id, string Text, int PartnershipObjective, MissionThemes Themes);

    public sealed record MemberRow(Guid Id, Guid UserId, string Name, string Organisation, Side Side, MissionRole Role, MissionInvitationStatus Status,
        LocalDate? TravelsFrom, LocalDate? TravelsUntil);

    public Mission Mission { get; private set; } = null!;
    public string LeadOrganisation { get; private set; } = "";
    public string? Funder { get; private set; }
    public IReadOnlyList<ObjectiveRow> Objectives { get; private set; } = [];
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public bool CanManage { get; private set; }

    /// <summary>Whether the signed-in person is in the delegation (invited or accepted): they may have its calendar feed.</summary>
    public bool IsMember { get; private set; }

    /// <summary>The signed-in person's own invitation, while it awaits their answer.</summary>
    public bool AwaitsMyAnswer { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var mission = await MissionAccess.FindAsync(db, id);
        if (mission is null) return NotFound();
        var actor = await actors.GetAsync();
        // This page is the whole mission's. Hosts, who see only the visits at their organisations, see them on the
        // itinerary's pages.
        if (!actor.SeesWhole(mission)) return NotFound();

        Mission = mission;
        CanManage = actor.Manages(mission);
        IsMember = mission.Members.Any(m => m.UserId == actor.UserId && m.Status != MissionInvitationStatus.Declined);
        AwaitsMyAnswer = mission.Members.Any(m => m.UserId == actor.UserId && m.Status == MissionInvitationStatus.Invited);
        var names = await db.Missions.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { Lead = m.LeadOrganisation.Name, Funder = m.FunderOrganisation == null ? null : m.FunderOrganisation.Name })
            .SingleAsync();
        (LeadOrganisation, Funder) = (names.Lead, names.Funder);
        Objectives = await db.MissionObjectives.AsNoTracking().Where(o => o.MissionId == id).OrderBy(o => o.Position).ThenBy(o => o.Id)
            .Select(o => new ObjectiveRow(o.Id, o.Text, o.PartnershipObjective, o.Themes)).ToListAsync();
        Members = (await db.MissionMembers.AsNoTracking().Where(m => m.MissionId == id)
                .Select(m => new MemberRow(m.Id, m.UserId, m.User.DisplayName, m.Organisation.Name, m.Organisation.Side, m.Role, m.Status, m.TravelsFrom, m.TravelsUntil))
                .ToListAsync())
            .OrderBy(m => m.Side != mission.HomeSide).ThenBy(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        return Page();
    }
}
