using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Passerelles.Web.Access;

/// <summary>Who answers for an organisation's personal data: its designated privacy officer, and those who manage the
/// organisation (its administrators, its carriers' administrators), who stay answerable when the officer is away.
/// Network administrators answer for every organisation.</summary>
public static class PrivacyOfficerRules
{
    /// <summary>The organisations whose privacy duties <paramref name="actor"/> answers for. One query.</summary>
    public static async Task<IReadOnlySet<Guid>> PrivacyDutiesAsync(this AppDbContext db, Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not { } userId) return new HashSet<Guid>();
        if (actor.IsNetworkAdministrator) return (await db.Organisations.Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var officerOf = await db.PrivacyOfficers.Where(o => o.UserId == userId).Select(o => o.OrganisationId).ToListAsync(cancellationToken);
        return officerOf.Concat(actor.Administers).ToHashSet();
    }

    /// <summary>Whether <paramref name="actor"/> answers for the privacy duties of <paramref name="organisationId"/>.</summary>
    public static async Task<bool> AnswersForPrivacyOfAsync(this AppDbContext db, Actor actor, Guid organisationId, CancellationToken cancellationToken = default) =>
        actor.MayManage(organisationId)
        || (actor.UserId is { } userId && await db.PrivacyOfficers.AnyAsync(o => o.UserId == userId && o.OrganisationId == organisationId, cancellationToken));

    /// <summary>The records of the organisations whose privacy <paramref name="actor"/> answers for, filtered in the
    /// database.</summary>
    public static IQueryable<T> OfOrganisationsAnsweredForBy<T>(this IQueryable<T> records, AppDbContext db, Actor actor,
        Expression<Func<T, Guid>> organisation)
    {
        if (actor.IsNetworkAdministrator) return records;
        var administered = actor.Administers.ToList();
        var userId = actor.UserId;
        Expression<Func<Guid, bool>> answered = id => administered.Contains(id) || db.PrivacyOfficers.Any(o => o.UserId == userId && o.OrganisationId == id);
        var body = ReplacingExpressionVisitor.Replace(answered.Parameters[0], organisation.Body, answered.Body);
        return records.Where(Expression.Lambda<Func<T, bool>>(body, organisation.Parameters));
    }
}
