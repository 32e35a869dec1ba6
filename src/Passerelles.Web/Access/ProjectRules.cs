using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Passerelles.Web.Access;

/// <summary>Incubated projects and an incubator's set-up. The staff of an incubator — its administrators and coaches,
/// and the administrators of its carriers — manage its programmes, cohorts, stage model and projects. A project is seen
/// by its incubator's staff, the members of its team who have an account, network administrators, and the coaches of a
/// partner incubator only while an unrevoked share with that partner stands; those coaches log coaching sessions on it,
/// and a coaching session is edited or deleted only by the staff of the incubator that logged it. Nothing else crosses
/// from one incubator to another.</summary>
public static class ProjectRules
{
    /// <summary>The incubators whose staff the person is: all of them for network administrators.</summary>
    public static IQueryable<Organisation> StaffedBy(this IQueryable<Organisation> organisations, Actor actor)
    {
        var incubators = organisations.Where(o => o.Kind == OrganisationKind.Incubator);
        if (actor.IsNetworkAdministrator) return incubators;
        var staffs = actor.Staffs.ToList();
        return incubators.Where(o => staffs.Contains(o.Id));
    }

    public static bool IsStaffOf(this Actor actor, Guid incubatorId) =>
        actor.IsNetworkAdministrator || actor.Staffs.Contains(incubatorId);

    /// <summary>Network administrators and those who act for the incubator as administrators: they act beyond what its
    /// coaches may (erasing a project's personal data, withdrawing a colleague's share request).</summary>
    public static bool Administers(this Actor actor, Guid incubatorId) =>
        actor.IsNetworkAdministrator || actor.Administers.Contains(incubatorId);

    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return projects;
        if (actor.UserId is not { } userId) return projects.Where(p => false);
        var staffs = actor.Staffs.ToList();
        var coachOf = actor.CoachOf.ToList();
        return projects.Where(p =>
            staffs.Contains(p.IncubatorId) ||
            p.Members.Any(m => m.UserId == userId) ||
            p.Shares.Any(s => s.RevokedAt == null && coachOf.Contains(s.PartnerIncubatorId)));
    }

    /// <summary>The projects the person manages: those of the incubators whose staff they are.</summary>
    public static IQueryable<Project> ManageableBy(this IQueryable<Project> projects, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return projects;
        var staffs = actor.Staffs.ToList();
        return projects.Where(p => staffs.Contains(p.IncubatorId));
    }

    /// <summary>The projects the person may log coaching sessions for: those they manage, and those shared with an
    /// incubator they coach for.</summary>
    public static IQueryable<Project> CoachableBy(this IQueryable<Project> projects, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return projects;
        var staffs = actor.Staffs.ToList();
        var coachOf = actor.CoachOf.ToList();
        return projects.Where(p => staffs.Contains(p.IncubatorId) ||
                                   p.Shares.Any(s => s.RevokedAt == null && coachOf.Contains(s.PartnerIncubatorId)));
    }

    /// <summary>A coaching session belongs to the incubator that logged it: only its staff change or delete it.</summary>
    public static bool MayChangeCoachingSession(this Actor actor, Guid loggedByIncubatorId) => actor.IsStaffOf(loggedByIncubatorId);

    /// <summary>An incubator's set-up (its programmes, cohorts and stage model) is known to its members and to those who
    /// act for it: anyone else is answered as if it did not exist. Only its staff change it (<see cref="IsStaffOf"/>).</summary>
    public static bool KnowsSetUpOf(this Actor actor, Guid incubatorId) =>
        actor.IsNetworkAdministrator || actor.Sees.Contains(incubatorId);
}

/// <summary>A project as the resource of an authorisation check.</summary>
public sealed record ProjectResource(Guid Id);

public sealed class ProjectHandler(CurrentActor actors, AppDbContext db) : AuthorizationHandler<OperationAuthorizationRequirement, ProjectResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation,
        ProjectResource project)
    {
        var actor = await actors.ForAsync(context.User);
        var projects = db.Projects.AsNoTracking().Where(p => p.Id == project.Id);
        var allowed = operation.Name switch
        {
            nameof(Operations.See) or nameof(Operations.Assess) => await projects.VisibleTo(actor).AnyAsync(),
            nameof(Operations.Edit) => await projects.CoachableBy(actor).AnyAsync(),
            nameof(Operations.Manage) => await projects.ManageableBy(actor).AnyAsync(),
            _ => false,
        };
        if (allowed) context.Succeed(operation);
    }
}
