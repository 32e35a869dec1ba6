namespace Passerelles.Web.Features.Privacy.Register;

public static class PrivacyRegisterServices
{
    public static void AddPrivacyRegister(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RetentionJob>();
        // One rule per kind of record, each kept next to its feature.
        builder.Services.AddScoped<RetentionRule, CoachingRetention>();
        builder.Services.AddScoped<RetentionRule, DirectoryRetention>();
        builder.Services.AddScoped<RetentionRule, IncubationRetention>();
        builder.Services.AddScoped<RetentionRule, CircleRetention>();
        builder.Services.AddScoped<RetentionRule, Agreements.AgreementRetention>();
        builder.Services.AddScoped<RetentionRule, Missions.MissionRetention>();
        builder.Services.AddScoped<RetentionRule, Mobility.PlacementRetention>();
        // Privacy:ApplyRetention=false leaves the retention runs to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Privacy:ApplyRetention", true))
        {
            builder.Services.AddPeriodicWork(new("Privacy retention", TimeSpan.FromHours(1), SendsEmail: true,
                (services, cancellationToken) => services.GetRequiredService<RetentionJob>().RunAsync(cancellationToken)));
        }
    }
}
