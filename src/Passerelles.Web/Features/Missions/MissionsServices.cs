namespace Passerelles.Web.Features.Missions;

public static class MissionsServices
{
    public static void AddMissions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MissionInvitations>();
    }
}
