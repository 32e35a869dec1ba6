namespace Passerelles.Web.Features.Mobility;

/// <summary>Who may know an application: its applicant and its reviewers; nobody else learns it exists.</summary>
public static class ApplicationAccess
{
    public static bool Sees(this Actor actor, MobilityApplication application) =>
        application.ApplicantId == actor.UserId || actor.Reviews(application, application.Offer, application.Offer.Call);

    /// <summary>The application with its offer and call, when the person may know it.</summary>
    public static async Task<MobilityApplication?> LoadAsync(IQueryable<MobilityApplication> applications, Actor actor, Guid id)
    {
        var application = await applications.Include(a => a.Offer).ThenInclude(o => o.Call).SingleOrDefaultAsync(a => a.Id == id);
        return application is not null && actor.Sees(application) ? application : null;
    }
}
