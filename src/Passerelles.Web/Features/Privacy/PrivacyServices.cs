using Passerelles.Web.Features.Privacy.Register;
using Passerelles.Web.Features.Privacy.Requests;

namespace Passerelles.Web.Features.Privacy;

public static class PrivacyServices
{
    public static void AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IncidentReminders>();
        builder.AddPrivacyRegister();
        builder.AddPrivacyRequests();
        // Privacy:SendReminders=false leaves the incidents' reminders to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Privacy:SendReminders", true))
        {
            builder.Services.AddPeriodicWork(new("Privacy incident reminders", TimeSpan.FromMinutes(15), SendsEmail: true,
                (services, cancellationToken) => services.GetRequiredService<IncidentReminders>().SendDueAsync(cancellationToken)));
        }
    }
}
