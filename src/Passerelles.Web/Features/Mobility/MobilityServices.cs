namespace Passerelles.Web.Features.Mobility;

public static class MobilityServices
{
    public static void AddMobility(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<HousingNotices>();
    }
}
