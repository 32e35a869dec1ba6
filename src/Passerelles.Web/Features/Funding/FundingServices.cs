namespace Passerelles.Web.Features.Funding;

public static class FundingServices
{
    public static void AddFunding(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DeadlineReminders>();
        builder.Services.AddSingleton<ReceiptFiles>();
        // A receipt is as large as a circle's resource, a file of rates smaller; the pages set the same limits.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(
            path => path.StartsWithSegments("/funding/grants") && path.Value!.EndsWith("/entries/new", StringComparison.OrdinalIgnoreCase),
            NewEntryModel.MaxRequestBytes));
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(path => path.StartsWithSegments("/funding/rates"), RatesModel.MaxRequestBytes));
        // Funding:SendReminders=false leaves the deadline reminders to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Funding:SendReminders", true))
        {
            builder.Services.AddPeriodicWork(new("Grant deadline reminders", TimeSpan.FromMinutes(15), SendsEmail: true,
                (services, cancellationToken) => services.GetRequiredService<DeadlineReminders>().SendDueAsync(cancellationToken)));
        }
    }
}
