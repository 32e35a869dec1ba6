namespace Passerelles.Web.Features.Mobility;

public static class MobilityServices
{
    public static void AddMobility(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Selection>();
        builder.Services.AddSingleton(new CvFiles(Path.Combine(DataPath.Of(builder), "mobility-cvs")));
        // A CV is as large as a circle's resource; the page sets the same limit.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(
            path => path.StartsWithSegments("/mobility/offers") && path.Value!.EndsWith("/apply", StringComparison.OrdinalIgnoreCase),
            ApplyModel.MaxRequestBytes));
    }
}
