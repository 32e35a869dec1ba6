using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Infrastructure.Security;

/// <summary>Named authorisation policies, checked on the server for every request.</summary>
public static class Policies
{
    public const string NetworkAdministrator = nameof(NetworkAdministrator);

    /// <summary>Resource policy: the resource is an organisation id; network administrators and that
    /// organisation's administrators pass.</summary>
    public const string ManageOrganisation = nameof(ManageOrganisation);

    /// <summary>Resource policy: the resource is an organisation id; its members and network administrators pass.</summary>
    public const string SeeOrganisationMembers = nameof(SeeOrganisationMembers);

    public const string NetworkAdministratorClaim = "passerelles:network-admin";

    public static void AddPolicies(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        // One handler per kind of record; README.md beside this file is their matrix.
        services.AddScoped<IAuthorizationHandler, OrganisationHandler>();
        services.AddScoped<IAuthorizationHandler, BridgeHandler>();
        services.AddScoped<IAuthorizationHandler, ProjectHandler>();
        services.AddScoped<IAuthorizationHandler, AgreementHandler>();
        services.AddScoped<IAuthorizationHandler, AgreementPartyHandler>();
        services.AddScoped<IAuthorizationHandler, CircleHandler>();
        services.AddScoped<IAuthorizationHandler, TerritoryStudyHandler>();
        services.AddScoped<IAuthorizationHandler, OrganisationAccessHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(NetworkAdministrator, p => p.RequireClaim(NetworkAdministratorClaim, "true"))
            .AddPolicy(ManageOrganisation, p => p.AddRequirements(new OrganisationAccess(MemberRole.OrganisationAdministrator)))
            .AddPolicy(SeeOrganisationMembers, p => p.AddRequirements(new OrganisationAccess(null)));
    }

    public static bool IsNetworkAdministrator(this ClaimsPrincipal user) =>
        user.HasClaim(NetworkAdministratorClaim, "true");

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}

/// <summary>Acting for the organisation given as resource: as its administrator (or one of its carriers') when that
/// role is named, else as one who sees its members (<see cref="OrganisationRules"/>).</summary>
public sealed record OrganisationAccess(MemberRole? RequiredRole) : IAuthorizationRequirement;

public sealed class OrganisationAccessHandler(CurrentActor actors) : AuthorizationHandler<OrganisationAccess, Guid>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OrganisationAccess requirement, Guid organisationId)
    {
        var actor = await actors.ForAsync(context.User);
        var allowed = requirement.RequiredRole == MemberRole.OrganisationAdministrator
            ? actor.MayManage(organisationId)
            : actor.MaySeeMembers(organisationId);
        if (allowed) context.Succeed(requirement);
    }
}
