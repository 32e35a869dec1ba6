using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Agreements;

/// <summary>Changes to the parties of an agreement and their signatories, allowed while it is a draft or awaiting
/// approval and nobody has signed it yet. A board approves the agreement with its parties: a change while approvals
/// are being gathered takes the agreement back to draft as a new version of the same text, so the approvals already
/// recorded no longer count. Every change is in the audit trail and is saved only if the agreement is still at the
/// version the page was shown from.</summary>
public static class PartyChanges
{
    /// <summary>Why the parties may not change, as the key of the message; null while they may.</summary>
    public static string? Problem(AgreementFile file) =>
        file.Signatures.Count > 0 ? "The parties can no longer change: the agreement has already been signed."
        : file.Agreement.Status is AgreementStatus.Draft or AgreementStatus.InApproval ? null
        : "The parties can only change while the agreement is a draft or awaiting approval.";

    /// <summary>True when a change now sends the agreement back to draft.</summary>
    public static bool ResetsApprovals(AgreementFile file) => file.Agreement.Status == AgreementStatus.InApproval;

    /// <summary>Loads the agreement for a change, tracked with its parties and signatories.</summary>
    public static Task<Agreement> LoadTrackedAsync(AppDbContext db, Guid id) =>
        db.Agreements.Include(a => a.Parties).ThenInclude(p => p.Signatories).AsSplitQuery().SingleAsync(a => a.Id == id);

    /// <summary>Records the change made to <paramref name="agreement"/> and saves it, checking that the agreement is
    /// still at <paramref name="expectedVersion"/>. Returns whether the approvals were reset; null on a conflict (the
    /// change tracker is then cleared).</summary>
    public static async Task<bool?> SaveAsync(AppDbContext db, AgreementFile file, Agreement agreement, int expectedVersion, ClaimsPrincipal user,
        Instant now, AgreementEventKind kind, string detail)
    {
        var reset = ResetsApprovals(file) && file.Current is not null;
        if (reset)
        {
            var current = file.Current!;
            var version = agreement.SaveVersion(current.Number, current.Title, current.Articles.Select(a => (a.Key, a.Heading, a.Body)),
                current.Annexes.Select(a => (a.Title, a.Body)), user.UserId(), now)!;
            db.AgreementVersions.Add(version);
            AgreementFile.Record(db, agreement.Id, AgreementEventKind.VersionSaved, version.Number, user.UserId(), now,
                "Same text: the parties changed while awaiting approval, so every party approves again.");
        }
        AgreementFile.Record(db, agreement.Id, kind, agreement.CurrentVersion, user.UserId(), now, detail);
        // The agreement itself is saved too, so its version moves on and a page shown before this change cannot save over it.
        db.Entry(agreement).State = EntityState.Modified;
        db.Entry(agreement).Property(a => a.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync();
            return reset;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>The member of <paramref name="organisationId"/> with this e-mail address, if any.</summary>
    public static Task<Guid?> MemberAsync(AppDbContext db, Guid organisationId, string email)
    {
        var normalised = email.Trim().ToUpperInvariant();
        return db.Memberships.Where(m => m.OrganisationId == organisationId && m.User.NormalizedEmail == normalised)
            .Select(m => (Guid?)m.UserId).FirstOrDefaultAsync();
    }
}
