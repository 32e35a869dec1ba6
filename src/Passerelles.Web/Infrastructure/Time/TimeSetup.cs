namespace Passerelles.Web.Infrastructure.Time;

public static class TimeSetup
{
    public static void AddTimeZones(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ViewerTime>();
    }
}
