namespace Passerelles.Web.Features.Pick;

public static class PickServices
{
    public static void AddPickers(this WebApplicationBuilder builder) => builder.Services.AddScoped<OrganisationPicks>().AddScoped<PeoplePicks>().AddScoped<PersonPicks>().AddScoped<ProjectPicks>();
}
