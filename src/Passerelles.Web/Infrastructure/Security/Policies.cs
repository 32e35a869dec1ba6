using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Data;
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

/// <summary>Membership of the organisation given as resource, with the role when one is named.</summary>
public sealed record OrganisationAccess(MemberRole? RequiredRole) : IAuthorizationRequirement;

public sealed class OrganisationAccessHandler(AppDbContext db) : AuthorizationHandler<OrganisationAccess, Guid>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OrganisationAccess requirement, Guid organisationId)
    {
        if (context.User.IsNetworkAdministrator())
        {
            context.Succeed(requirement);
            return;
        }
        if (context.User.UserId() is not { } userId) return;
        var memberships = db.Memberships.Where(m => m.OrganisationId == organisationId && m.UserId == userId);
        if (requirement.RequiredRole is { } role) memberships = memberships.Where(m => m.Role == role);
        if (await memberships.AnyAsync()) context.Succeed(requirement);
    }
}
