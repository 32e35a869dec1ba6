using Passerelles.Web.Infrastructure.Files;
namespace Passerelles.Web.Features.Circles;

public static class CirclesServices
{
    public static void AddCircles(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SessionInvitations>();
        builder.Services.AddScoped<SchedulingWarnings>();
        builder.Services.AddScoped<SessionReminders>();
        builder.Services.AddScoped<CircleDigest>();
        builder.Services.AddScoped<DiscussionMentions>();
        builder.Services.AddSingleton(services => new ResourceFiles(services.GetRequiredService<IFileStore>()));
        // A library's files are larger than a form's; the page sets the same limit.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(
            path => path.StartsWithSegments("/circles") && path.Value!.EndsWith("/resources/new", StringComparison.OrdinalIgnoreCase),
            NewResourceModel.MaxRequestBytes));
        // Circles:SendReminders=false leaves reminders and digests to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Circles:SendReminders", true))
        {
            builder.Services.AddPeriodicWork(new("Session reminders and circle digests", TimeSpan.FromMinutes(1), SendsEmail: true, async (services, cancellationToken) =>
                {
                    await services.GetRequiredService<SessionReminders>().SendDueAsync(cancellationToken);
                    await services.GetRequiredService<CircleDigest>().SendDueAsync(cancellationToken);
                }));
        }
    }
}
