using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Passerelles.Web.Access;

/// <summary>Organisations. A public organisation is seen by everyone, visitors included; a private one by its members,
/// the administrators of its carriers and network administrators — one rule for the directory, its profile pages, the
/// bridges, the map, the graph and the exports. Its administrators, those of its carriers and network administrators
/// manage it (profile, members, invitations); its members and those who act for it see its members.</summary>
public static class OrganisationRules
{
    public static bool MaySee(this Actor actor, Guid organisationId, bool isPublic) =>
        isPublic || actor.IsNetworkAdministrator || actor.Sees.Contains(organisationId);

    public static bool MayManage(this Actor actor, Guid organisationId) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(organisationId);

    /// <summary>The records of the organisations the actor manages (all of them for network administrators), each record
    /// naming its organisation by <paramref name="organisation"/>.</summary>
    public static IQueryable<T> OfOrganisationsManagedBy<T>(this IQueryable<T> records, Actor actor, Expression<Func<T, Guid>> organisation)
    {
        if (actor.IsNetworkAdministrator) return records;
        var administered = actor.Administers.ToList();
        Expression<Func<Guid, bool>> managed = id => administered.Contains(id);
        var body = ReplacingExpressionVisitor.Replace(managed.Parameters[0], organisation.Body, managed.Body);
        return records.Where(Expression.Lambda<Func<T, bool>>(body, organisation.Parameters));
    }

    public static bool MaySeeMembers(this Actor actor, Guid organisationId) =>
        actor.IsNetworkAdministrator || actor.Sees.Contains(organisationId);

    /// <summary>Which organisation carries which is the network's own set-up: a carrier's administrators act for what
    /// it carries, and the staff of a carried organisation look up to its carriers. So only network administrators
    /// choose or change an organisation's carrier; its own administrators keep the one it has.</summary>
    public static bool MayChooseCarrier(this Actor actor) => actor.IsNetworkAdministrator;

    public static IQueryable<Organisation> VisibleTo(this IQueryable<Organisation> organisations, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return organisations;
        if (actor.Sees.Count == 0) return organisations.Where(o => o.IsPublic);
        var sees = actor.Sees.ToList();
        return organisations.Where(o => o.IsPublic || sees.Contains(o.Id));
    }
}

/// <summary>An organisation as the resource of an authorisation check.</summary>
public sealed record OrganisationResource(Guid Id, bool IsPublic)
{
    public static OrganisationResource Of(Organisation organisation) => new(organisation.Id, organisation.IsPublic);
}

public sealed class OrganisationHandler(CurrentActor actors) : AuthorizationHandler<OperationAuthorizationRequirement, OrganisationResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation,
        OrganisationResource organisation)
    {
        var actor = await actors.ForAsync(context.User);
        var allowed = operation.Name switch
        {
            nameof(Operations.See) => actor.MaySee(organisation.Id, organisation.IsPublic),
            nameof(Operations.Manage) or nameof(Operations.Edit) => actor.MayManage(organisation.Id),
            _ => false,
        };
        if (allowed) context.Succeed(operation);
    }
}
