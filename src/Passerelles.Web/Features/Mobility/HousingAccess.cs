namespace Passerelles.Web.Features.Mobility;

/// <summary>Who reaches the housing pages. Every signed-in person sees the residences (they hold no personal data);
/// their association's staff change them (<see cref="MobilityRules.AnswersFor"/>), others get 403. A request for
/// housing is seen by the placement's coordinators, the residence's association and the student; others get 404.</summary>
public static class HousingAccess
{
    public static async Task<(Residence? Residence, IActionResult? Refusal)> ResidenceAsync(AppDbContext db, Actor actor, Guid id, bool change)
    {
        var residence = await db.Residences.Include(r => r.Organisation).Include(r => r.Capacities).SingleOrDefaultAsync(r => r.Id == id);
        if (residence is null) return (null, new NotFoundResult());
        return change && !actor.AnswersFor(residence) ? (null, new ForbidResult()) : (residence, null);
    }

    public sealed record RequestFile(HousingRequest Request, bool Answers, bool Coordinates, bool IsStudent, string Student, OccupancyContract? Contract);

    public static async Task<RequestFile?> RequestAsync(AppDbContext db, Actor actor, Guid id)
    {
        var request = await db.HousingRequests.Include(r => r.Placement).Include(r => r.Residence).ThenInclude(r => r.Organisation)
            .Include(r => r.Residence.Capacities).SingleOrDefaultAsync(r => r.Id == id);
        if (request is null) return null;
        var file = new RequestFile(request, actor.AnswersFor(request.Residence), actor.Coordinates(request.Placement), actor.UserId == request.Placement.StudentId,
            await db.Users.Where(u => u.Id == request.Placement.StudentId).Select(u => u.DisplayName).SingleOrDefaultAsync() ?? Placement.AnonymousStudent,
            await db.OccupancyContracts.Include(c => c.Signatures).ThenInclude(s => s.User).SingleOrDefaultAsync(c => c.HousingRequestId == id));
        return file.Answers || file.Coordinates || file.IsStudent ? file : null;
    }
}
