using Microsoft.AspNetCore.DataProtection;

namespace Passerelles.Web.Features.Mobility;

public static class MobilityServices
{
    public static void AddMobility(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SensitiveDocuments>();
        builder.Services.AddSingleton<CvFiles>();
        builder.Services.AddScoped<DocumentRetention>();
        builder.Services.AddScoped<Withdrawal>();
        // An identity document is as large as a circle's resource; the page sets the same limit.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(
            path => path.StartsWithSegments("/mobility/placements") && path.Value!.EndsWith("/documents/identity", StringComparison.OrdinalIgnoreCase),
            IdentityDocumentModel.MaxRequestBytes));
        // Mobility:DestroyExpiredDocuments=false leaves the retention job to another instance, or to tests that run it.
        if (builder.Configuration.GetValue("Mobility:DestroyExpiredDocuments", true))
        {
            builder.Services.AddPeriodicWork(new("Destroying the personal documents past their retention period", TimeSpan.FromHours(1), SendsEmail: false,
                    (services, cancellationToken) => services.GetRequiredService<DocumentRetention>().DestroyExpiredAsync(cancellationToken)));
        }
        builder.Services.AddScoped<Selection>();
        // A CV is as large as a circle's resource; the page sets the same limit.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(
            path => path.StartsWithSegments("/mobility/offers") && path.Value!.EndsWith("/apply", StringComparison.OrdinalIgnoreCase),
            ApplyModel.MaxRequestBytes));
        builder.Services.AddScoped<ChecklistReminders>();
        // Mobility:SendReminders=false leaves the checklist reminders to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Mobility:SendReminders", true))
        {
            builder.Services.AddPeriodicWork(new("Departure checklist reminders", TimeSpan.FromMinutes(15), SendsEmail: true,
                    (services, cancellationToken) => services.GetRequiredService<ChecklistReminders>().SendDueAsync(cancellationToken)));
        }
        builder.Services.AddScoped<HousingNotices>();
        builder.Services.AddScoped<StudentInvitations>();
    }
}
