using System.Security.Claims;

namespace Passerelles.Web.Access;

/// <summary>Named authorisation policies, checked on the server for every request.</summary>
public static class Policies
{
    public const string NetworkAdministrator = nameof(NetworkAdministrator);

    public const string NetworkAdministratorClaim = "passerelles:network-admin";

    public static void AddPolicies(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        // One handler per kind of record; README.md beside this file is their matrix.
        services.AddScoped<IAuthorizationHandler, OrganisationHandler>();
        services.AddScoped<IAuthorizationHandler, BridgeHandler>();
        services.AddScoped<IAuthorizationHandler, ProjectHandler>();
        services.AddScoped<IAuthorizationHandler, AgreementHandler>();
        services.AddScoped<IAuthorizationHandler, AgreementPartyHandler>();
        services.AddScoped<IAuthorizationHandler, CircleHandler>();
        services.AddScoped<IAuthorizationHandler, MissionHandler>();
        services.AddScoped<IAuthorizationHandler, TerritoryStudyHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(NetworkAdministrator, p => p.RequireClaim(NetworkAdministratorClaim, "true"));
    }

    public static bool IsNetworkAdministrator(this ClaimsPrincipal user) =>
        user.HasClaim(NetworkAdministratorClaim, "true");

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
