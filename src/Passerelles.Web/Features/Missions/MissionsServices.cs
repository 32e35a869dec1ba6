
namespace Passerelles.Web.Features.Missions;

public static class MissionsServices
{
    public static void AddMissions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ItineraryEditor>();
        builder.Services.AddScoped<FollowUpReminders>();
        builder.Services.AddSingleton<VisitFiles>();
        // A visit's files are as large as a circle's resources; the page sets the same limit.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(
            path => path.StartsWithSegments("/missions") && path.Value!.EndsWith("/record", StringComparison.OrdinalIgnoreCase),
            RecordVisitModel.MaxRequestBytes));
        // Missions:SendReminders=false leaves the follow-up reminders to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Missions:SendReminders", true))
        {
            builder.Services.AddPeriodicWork(new("Mission follow-up reminders", TimeSpan.FromMinutes(15), SendsEmail: true,
                    (services, cancellationToken) => services.GetRequiredService<FollowUpReminders>().SendDueAsync(cancellationToken)));
        }
        builder.Services.AddScoped<MissionInvitations>();
        builder.Services.AddScoped<EventEditor>();
        builder.Services.AddScoped<PresentationEditor>();
        builder.Services.AddSingleton<SlideFiles>();
        // Slides are larger than a form; the page sets the same limit.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(
            path => path.StartsWithSegments("/events/presentations") && path.Value!.EndsWith("/slides/new", StringComparison.OrdinalIgnoreCase),
            NewSlidesModel.MaxRequestBytes));
    }
}
