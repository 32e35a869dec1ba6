using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Passerelles.Web.Access;

/// <summary>Assessments, grids and territory studies. A project's assessments follow the project: whoever sees it may
/// assess it and read its assessments. A territory study is run by its sponsors — those who act as administrators for
/// an organisation that commissions it — and by network administrators: they see it, invite its assessors and read its
/// results. Its assessors, who may come from outside the incubators, see that study and answer it, and nothing else.
/// Only the assessor changes a draft; nobody changes a submitted assessment. Grids are the whole network's: everyone
/// signed in reads published versions; the staff of any incubator and network administrators edit them.</summary>
public static class AssessmentRules
{
    public static bool MayEditGrids(this Actor actor) => actor.IsStaffSomewhere;

    /// <summary>Whether the person may start a study: they act as administrator for an organisation that may sponsor
    /// it, or are a network administrator.</summary>
    public static bool MayStartStudies(this Actor actor) => actor.IsNetworkAdministrator || actor.Administers.Count > 0;

    /// <summary>The organisations the person may name sponsors of a study: those they act for; for a network
    /// administrator, any organisation on the platform (with members, or carrying one), since sponsoring one nobody acts
    /// for would leave the study without anyone to run it.</summary>
    public static IQueryable<Organisation> SponsorableBy(this IQueryable<Organisation> organisations, AppDbContext db, Actor actor)
    {
        if (actor.IsNetworkAdministrator)
        {
            // Read from the few memberships and carried organisations, not from every organisation of the directory.
            var withMembers = db.Memberships.Select(m => m.OrganisationId);
            var carriers = db.Organisations.Where(c => c.ParentId != null).Select(c => c.ParentId!.Value);
            return organisations.Where(o => withMembers.Contains(o.Id) || carriers.Contains(o.Id));
        }
        var administers = actor.Administers.ToList();
        return organisations.Where(o => administers.Contains(o.Id));
    }

    /// <summary>The studies the person runs: sponsored by an organisation they act for.</summary>
    public static IQueryable<TerritoryStudy> RunBy(this IQueryable<TerritoryStudy> studies, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return studies;
        var administers = actor.Administers.ToList();
        return studies.Where(s => s.Sponsors.Any(x => administers.Contains(x.OrganisationId)));
    }

    /// <summary>The studies the person sees: those they run, and those they assess.</summary>
    public static IQueryable<TerritoryStudy> VisibleTo(this IQueryable<TerritoryStudy> studies, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return studies;
        var administers = actor.Administers.ToList();
        var userId = actor.UserId;
        return studies.Where(s => s.Sponsors.Any(x => administers.Contains(x.OrganisationId)) || s.Assessors.Any(a => a.UserId == userId));
    }

    /// <summary>The assessments the person may read: those of the projects they see and of the studies they see.</summary>
    public static IQueryable<Assessment> VisibleTo(this IQueryable<Assessment> assessments, AppDbContext db, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return assessments;
        var projects = db.Projects.VisibleTo(actor).Select(p => p.Id);
        var studies = db.TerritoryStudies.VisibleTo(actor).Select(s => s.Id);
        return assessments.Where(a => a.ProjectId != null ? projects.Contains(a.ProjectId.Value) : a.StudyId != null && studies.Contains(a.StudyId.Value));
    }

    /// <summary>The assessments the person may open: a draft is its assessor's alone until submitted; a submitted one
    /// is read by whoever sees its project or its study.</summary>
    public static IQueryable<Assessment> ReadableBy(this IQueryable<Assessment> assessments, AppDbContext db, Actor actor)
    {
        var userId = actor.UserId;
        return assessments.Where(a => a.Status == AssessmentStatus.Submitted || a.AssessorId == userId).VisibleTo(db, actor);
    }
}

/// <summary>A territory study as the resource of an authorisation check.</summary>
public sealed record StudyResource(Guid Id);

public sealed class TerritoryStudyHandler(CurrentActor actors, AppDbContext db) : AuthorizationHandler<OperationAuthorizationRequirement, StudyResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement operation,
        StudyResource study)
    {
        var actor = await actors.ForAsync(context.User);
        var studies = db.TerritoryStudies.AsNoTracking().Where(s => s.Id == study.Id);
        var allowed = operation.Name switch
        {
            nameof(Operations.See) or nameof(Operations.Assess) => await studies.VisibleTo(actor).AnyAsync(),
            nameof(Operations.Manage) or nameof(Operations.Edit) => await studies.RunBy(actor).AnyAsync(),
            _ => false,
        };
        if (allowed) context.Succeed(operation);
    }
}
