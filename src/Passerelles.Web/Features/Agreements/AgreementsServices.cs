namespace Passerelles.Web.Features.Agreements;

public static class AgreementsServices
{
    public static void AddAgreements(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AgreementReminders>();
        builder.Services.AddScoped<AgreementNotices>();
        builder.Services.AddScoped<SignerProof>();
        // Agreements:SendReminders=false leaves the reminders to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Agreements:SendReminders", true))
        {
            builder.Services.AddPeriodicWork(new("Agreement reminders", TimeSpan.FromMinutes(15), SendsEmail: true,
                    (services, cancellationToken) => services.GetRequiredService<AgreementReminders>().SendDueAsync(cancellationToken)));
        }
    }
}
