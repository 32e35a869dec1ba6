namespace Passerelles.Web.Features.Mobility;

public static class MobilityServices
{
    public static void AddMobility(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ChecklistReminders>();
        // Mobility:SendReminders=false leaves the checklist reminders to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Mobility:SendReminders", true)) builder.Services.AddHostedService<ChecklistMailWorker>();
    }
}
