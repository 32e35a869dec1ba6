using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>Erases a person across every feature. Their directory entries lose name, e-mail, phone, languages and roles;
/// their account is closed and anonymised; then their name, e-mail and phone are removed from every text column of
/// every table, wherever they were typed (notes, participant lists, people met). Records a legal duty keeps stay, with
/// only ids and dates left of the person (<see cref="KeptFor"/>). The person's own files (CVs, identity documents, visit
/// photos showing them) are deleted from the file store (<see cref="PersonFiles"/>); other features' files go with their
/// record. What ran is said in counts only, never content.</summary>
public sealed class PersonErasure(AppDbContext db, PersonalData data, PersonFiles files)
{
    public const string Replacement = "…";

    public enum Outcome { Removed, Anonymised, Kept }

    public sealed record Line(string Feature, int Records, Outcome Outcome, string Reason);

    public const string PhotosReason = "The photos of visits that show the person are deleted, with their files.";

    /// <summary>Why a kind of record stays, as the key of the interface's strings; null when it is simply anonymised.</summary>
    public static string? KeptFor(string kind) => kind switch
    {
        nameof(PersonalDataAccess) => "The access log is evidence of who read personal data: its lines stay and hold only ids.",
        nameof(PrivacyIncident) => "The register of incidents is kept at least five years: the incident stays, without the person's name.",
        "AgreementSignature" or "AgreementSignatory" or "AgreementEvent" or "OccupancySignature" =>
            "Signed agreements are kept as evidence of what was agreed: the signature stays, without the signatory's name.",
        nameof(Consent) => "Consent records prove what was consented to: they stay, with only ids and dates.",
        nameof(PrivacyRequest) => "Requests and their answers are kept as evidence that the law was followed: they stay, without the person's identifiers.",
        _ => null,
    };

    /// <summary>What the erasure would do, by feature, without changing anything.</summary>
    public async Task<IReadOnlyList<Line>> PreviewAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var subject = await PersonalData.Subject.OfAsync(db, personId);
        var records = await data.CollectAsync(subject, cancellationToken);
        var photos = await files.PhotosShowing(subject.PersonIds).CountAsync(cancellationToken);
        return records.Select(r => r.Kind switch
            {
                nameof(Person) or nameof(PersonRole) => new Line(r.Feature, r.Rows.Count, Outcome.Removed,
                    "The directory entry loses the name, e-mail, phone, languages and roles."),
                nameof(AppUser) => new Line(r.Feature, r.Rows.Count, Outcome.Removed, "The account is closed and anonymised: it can no longer sign in."),
                _ when KeptFor(r.Kind) is { } reason => new Line(r.Feature, r.Rows.Count, Outcome.Kept, reason),
                _ => new Line(r.Feature, r.Rows.Count, Outcome.Anonymised, "The name, e-mail and phone are removed from these records."),
            })
            .Concat(photos == 0 ? [] : [new Line(PersonalData.FeatureOf(typeof(VisitFile)), photos, Outcome.Removed, PhotosReason)])
            .GroupBy(l => (l.Feature, l.Outcome, l.Reason))
            .Select(g => new Line(g.Key.Feature, g.Sum(l => l.Records), g.Key.Outcome, g.Key.Reason))
            .ToList();
    }

    /// <summary>Erases the person and returns the number of text values changed across the database.</summary>
    public async Task<int> EraseAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var subject = await PersonalData.Subject.OfAsync(db, personId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var person in await db.People.Include(p => p.Roles).Where(p => subject.PersonIds.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            (person.DisplayName, person.Email, person.Phone, person.Languages) = ("", "", "", "");
            db.PersonRoles.RemoveRange(person.Roles);
        }
        if (subject.UserId is { } userId && await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) is { } user)
        {
            var erased = $"erased-{user.Id:N}@erased.invalid";
            (user.DisplayName, user.UserName, user.NormalizedUserName, user.Email, user.NormalizedEmail) = ("", erased, erased.ToUpperInvariant(), erased, erased.ToUpperInvariant());
            (user.PhoneNumber, user.PasswordHash, user.SecurityStamp) = (null, null, Guid.NewGuid().ToString("N"));
            (user.LockoutEnabled, user.LockoutEnd) = (true, DateTimeOffset.MaxValue);
            db.UserLogins.RemoveRange(db.UserLogins.Where(l => l.UserId == userId));
            db.UserTokens.RemoveRange(db.UserTokens.Where(l => l.UserId == userId));
        }
        var deleteFiles = await files.DetachAsync(subject, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var changed = await RemoveEverywhereAsync(subject.Identifiers, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await deleteFiles();
        return changed;
    }

    /// <summary>Replaces each identifier, as typed, in lower and upper case, and folded as names are for search, in every
    /// text column of every table.</summary>
    private async Task<int> RemoveEverywhereAsync(IReadOnlyList<string> identifiers, CancellationToken cancellationToken)
    {
        var variants = identifiers.SelectMany(i => new[] { i, i.ToLowerInvariant(), i.ToUpperInvariant(), Organisation.SearchKey(i) })
            .Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (variants.Count == 0) return 0;
        var sql = db.GetService<ISqlGenerationHelper>();
        var changed = 0;
        foreach (var (table, column) in PersonalData.TextColumns(db.Model))
        {
            var name = sql.DelimitIdentifier(column);
            var value = variants.Select((_, i) => i).Aggregate(name, (expression, i) => $"REPLACE({expression}, {{{i}}}, '{Replacement}')");
            var where = string.Join(" OR ", variants.Select((_, i) => $"{name} LIKE {{{variants.Count + i}}}"));
            object[] parameters = [.. variants, .. variants.Select(v => "%" + v + "%")];
            // The table and column names come from the model, delimited; the values are parameters.
            var statement = $"UPDATE {sql.DelimitIdentifier(table)} SET {name} = {value} WHERE {where}";
            changed += await db.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
        }
        return changed;
    }
}
