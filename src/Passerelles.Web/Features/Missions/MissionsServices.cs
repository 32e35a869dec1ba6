using Passerelles.Web.Features.Circles;

namespace Passerelles.Web.Features.Missions;

public static class MissionsServices
{
    public static void AddMissions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ItineraryEditor>();
        builder.Services.AddScoped<EventEditor>();
        builder.Services.AddScoped<PresentationEditor>();
        builder.Services.AddSingleton(new SlideFiles(Path.Combine(DataPath.Of(builder), "presentation-slides")));
        // Slides are larger than a form; the page sets the same limit.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(
            path => path.StartsWithSegments("/events/presentations") && path.Value!.EndsWith("/slides/new", StringComparison.OrdinalIgnoreCase),
            NewSlidesModel.MaxRequestBytes));
    }
}
