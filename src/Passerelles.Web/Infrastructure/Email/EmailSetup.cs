namespace Passerelles.Web.Infrastructure.Email;

public static class EmailSetup
{
    public static void AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddSingleton<EmailTemplates>();
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddHealthChecks().AddCheck<PublicAddressCheck>("public-address");
        var delivery = builder.Configuration["Email:Delivery"] ?? "Smtp";
        if (string.Equals(delivery, "PickupDirectory", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<PickupDirectoryMailer>();
            builder.Services.AddSingleton<IMailer>(sp => sp.GetRequiredService<PickupDirectoryMailer>());
        }
        else
        {
            builder.Services.AddSingleton<IMailer, SmtpMailer>();
        }
    }
}
