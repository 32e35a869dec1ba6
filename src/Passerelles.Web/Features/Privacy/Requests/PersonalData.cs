using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>Finds everything the database holds about a person, in every feature, from the EF model rather than from a
/// list that would drift as features are added: the rows that point to their directory entries or their account (by
/// foreign key, or by a column named for a person or a user), and the rows whose text names them (their name, e-mail
/// or phone typed into notes, participant lists, people met). Secrets (password hashes, tokens, security stamps) are
/// left out of what is shown.</summary>
public sealed class PersonalData(AppDbContext db)
{
    /// <summary>Who the data is about: their directory entries, their account, and the strings that identify them.</summary>
    public sealed record Subject(IReadOnlyList<Guid> PersonIds, Guid? UserId, IReadOnlyList<string> Identifiers)
    {
        public static async Task<Subject> OfAsync(AppDbContext db, Guid personId)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
                .Select(p => new { p.Id, p.UserId, p.DisplayName, p.Email, p.Phone }).SingleAsync();
            var entries = person.UserId is { } userId
                ? await db.People.AsNoTracking().Where(p => p.UserId == userId).Select(p => new { p.Id, p.UserId, p.DisplayName, p.Email, p.Phone }).ToListAsync()
                : [person];
            var user = person.UserId is { } id
                ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.DisplayName, u.Email, u.PhoneNumber }).SingleOrDefaultAsync()
                : null;
            var identifiers = entries.SelectMany(e => new[] { e.DisplayName, e.Email, e.Phone })
                .Concat(user is null ? [] : [user.DisplayName, user.Email ?? "", user.PhoneNumber ?? ""])
                // Shorter strings would match unrelated text ("Li" in "Lille").
                .Where(s => s.Trim().Length >= 5).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return new Subject(entries.Select(e => e.Id).ToList(), person.UserId, identifiers);
        }
    }

    /// <summary>The rows of one kind of record about the person, each as its column names and values.</summary>
    public sealed record Records(string Feature, string Kind, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

    public async Task<IReadOnlyList<Records>> CollectAsync(Subject subject, CancellationToken cancellationToken = default)
    {
        var found = new List<Records>();
        foreach (var entity in Searchable(db.Model))
        {
            if (Matching(entity, subject) is not { } predicate) continue;
            var rows = await Query(entity, predicate).ToListAsync(cancellationToken);
            if (rows.Count == 0) continue;
            var shown = entity.GetProperties().Where(p => !IsSecret(p.Name) && !p.IsShadowProperty()).ToList();
            found.Add(new Records(FeatureOf(entity.ClrType), entity.ClrType.Name,
                rows.Select(row => (IReadOnlyDictionary<string, object?>)shown.ToDictionary(p => p.Name, p => Shown(p.GetGetter().GetClrValue(row)))).ToList()));
        }
        return found.OrderBy(r => r.Feature, StringComparer.Ordinal).ThenBy(r => r.Kind, StringComparer.Ordinal).ToList();
    }

    /// <summary>The feature a kind of record belongs to: the folder under Features, "Account" for the identity tables.</summary>
    public static string FeatureOf(Type type)
    {
        var parts = (type.Namespace ?? "").Split('.');
        var index = Array.IndexOf(parts, "Features");
        return index >= 0 && index + 1 < parts.Length ? parts[index + 1] : "Account";
    }

    private static IEnumerable<IEntityType> Searchable(IModel model) =>
        model.GetEntityTypes().Where(e => !e.IsOwned() && !e.HasSharedClrType && e.BaseType is null && e.GetTableName() is not null)
            .OrderBy(e => e.Name, StringComparer.Ordinal);

    private static bool IsSecret(string name) =>
        name.Contains("Hash", StringComparison.Ordinal) || name.Contains("Token", StringComparison.Ordinal)
        || name.Contains("Stamp", StringComparison.Ordinal) || name.Contains("Secret", StringComparison.Ordinal)
        || name is "Key" or "Value" or "StoredName" or "ProviderKey";

    /// <summary>The columns that point to a directory entry or an account.</summary>
    private static IEnumerable<IProperty> Links(IEntityType entity, Type target) =>
        entity.GetProperties().Where(p => (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))
            && (p.IsPrimaryKey() && entity.ClrType == target
                || p.GetContainingForeignKeys().Any(f => f.PrincipalEntityType.ClrType == target)
                || !p.IsForeignKey() && !p.IsPrimaryKey() && p.Name.EndsWith(target == typeof(Person) ? "PersonId" : "UserId", StringComparison.Ordinal)));

    private static LambdaExpression? Matching(IEntityType entity, Subject subject)
    {
        var row = Expression.Parameter(entity.ClrType, "row");
        var conditions = new List<Expression>();
        foreach (var link in Links(entity, typeof(Person))) conditions.Add(IsOneOf(row, link, subject.PersonIds));
        if (subject.UserId is { } userId)
            foreach (var link in Links(entity, typeof(AppUser))) conditions.Add(IsOneOf(row, link, [userId]));
        foreach (var text in entity.GetProperties().Where(p => p.ClrType == typeof(string) && !IsSecret(p.Name)))
            foreach (var identifier in subject.Identifiers)
                conditions.Add(Expression.Call(Column(row, text), typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, Expression.Constant(identifier)));
        if (conditions.Count == 0) return null;
        return Expression.Lambda(conditions.Aggregate(Expression.OrElse), row);
    }

    private static Expression Column(ParameterExpression row, IProperty property) =>
        Expression.Call(typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(property.ClrType), row, Expression.Constant(property.Name));

    private static Expression IsOneOf(ParameterExpression row, IProperty property, IReadOnlyList<Guid> ids)
    {
        var values = property.ClrType == typeof(Guid) ? (object)ids.ToList() : ids.Select(id => (Guid?)id).ToList();
        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(property.ClrType);
        return Expression.Call(contains, Expression.Constant(values), Column(row, property));
    }

    private IQueryable<object> Query(IEntityType entity, LambdaExpression predicate)
    {
        var set = (IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
        var untracked = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.AsNoTracking))!
            .MakeGenericMethod(entity.ClrType).Invoke(null, [set])!;
        var where = typeof(Queryable).GetMethods().First(m => m.Name == nameof(Queryable.Where)
                && m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2)
            .MakeGenericMethod(entity.ClrType);
        return (IQueryable<object>)where.Invoke(null, [untracked, predicate])!;
    }

    private static object? Shown(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double => value,
        byte[] => null,
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Every text column of every table, for erasing a person's identifiers wherever they were typed.</summary>
    public static IEnumerable<(string Table, string Column)> TextColumns(IModel model) =>
        model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Where(c => c.ProviderClrType == typeof(string)).Select(c => (t.Name, c.Name)))
            .OrderBy(c => c.Item1, StringComparer.Ordinal).ThenBy(c => c.Item2, StringComparer.Ordinal);

}
