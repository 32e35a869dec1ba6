using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;

namespace Passerelles.Web.Features.Agreements;

/// <summary>Everything the agreement's pages show, read at once: the agreement with its parties, its current version,
/// and the approvals, signatures and marks, sorted into those that count for the current version and those that
/// lapsed when the text changed.</summary>
public sealed class AgreementFile
{
    public required Agreement Agreement { get; init; }
    public required AgreementVersion? Current { get; init; }
    public required IReadOnlyList<AgreementSignature> Signatures { get; init; }
    public required IReadOnlyList<PartyApproval> Approvals { get; init; }
    public required IReadOnlyList<ArticleMark> Marks { get; init; }

    public int CurrentNumber => Agreement.CurrentVersion;
    public IReadOnlyList<AgreementSignature> CurrentSignatures => Signatures.Where(s => s.VersionNumber == CurrentNumber).ToList();
    public IReadOnlyList<AgreementSignature> LapsedSignatures => Signatures.Where(s => s.VersionNumber != CurrentNumber).ToList();
    public PartyApproval? CurrentApproval(Guid partyId) => Approvals.FirstOrDefault(a => a.PartyId == partyId && a.VersionNumber == CurrentNumber);
    public bool EveryPartyApproved => Agreement.Parties.All(p => CurrentApproval(p.Id) is not null);

    public string CurrentSha256 => CanonicalText.Sha256(Current?.CanonicalText() ?? "");

    /// <summary>Signatures of the current version whose hash no longer matches the stored text: the text was changed
    /// without a new version, behind the application's back.</summary>
    public IReadOnlyList<AgreementSignature> MismatchedSignatures => CurrentSignatures.Where(s => s.TextSha256 != CurrentSha256).ToList();

    public bool IsFinal => Agreement.Status == AgreementStatus.Signed && MismatchedSignatures.Count == 0;

    public bool IsAgreed(Guid partyId, AgreementArticle article)
    {
        var hash = CanonicalText.ArticleSha256(article.Heading, article.Body);
        return Marks.Any(m => m.PartyId == partyId && m.ArticleKey == article.Key && m.ArticleSha256 == hash);
    }

    public static async Task<AgreementFile?> LoadAsync(AppDbContext db, ClaimsPrincipal user, Guid id, bool tracking = false)
    {
        var agreements = tracking ? db.Agreements : db.Agreements.AsNoTracking();
        var agreement = await agreements.VisibleTo(db, user)
            .Include(a => a.Parties).ThenInclude(p => p.Organisation)
            .Include(a => a.Parties).ThenInclude(p => p.Signatories).ThenInclude(s => s.User)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id);
        if (agreement is null) return null;
        agreement.Parties = agreement.Parties.OrderBy(p => p.SigningRank).ThenBy(p => p.Organisation.Name).ToList();
        var current = await VersionAsync(db, id, agreement.CurrentVersion);
        return new AgreementFile
        {
            Agreement = agreement,
            Current = current,
            Signatures = await db.AgreementSignatures.AsNoTracking().Include(s => s.User).Where(s => s.AgreementId == id).OrderBy(s => s.SignedAt).ToListAsync(),
            Approvals = await db.PartyApprovals.AsNoTracking().Where(a => a.AgreementId == id).OrderBy(a => a.RecordedAt).ToListAsync(),
            Marks = await db.ArticleMarks.AsNoTracking().Where(m => m.AgreementId == id).ToListAsync(),
        };
    }

    public static async Task<AgreementVersion?> VersionAsync(AppDbContext db, Guid agreementId, int number)
    {
        var version = await db.AgreementVersions.AsNoTracking()
            .Include(v => v.Articles).Include(v => v.Annexes).AsSplitQuery()
            .SingleOrDefaultAsync(v => v.AgreementId == agreementId && v.Number == number);
        if (version is null) return null;
        version.Articles = version.Articles.OrderBy(a => a.Position).ToList();
        version.Annexes = version.Annexes.OrderBy(a => a.Position).ToList();
        return version;
    }

    public static void Record(AppDbContext db, Guid agreementId, AgreementEventKind kind, int versionNumber, Guid? actor, Instant at, string detail = "") =>
        db.AgreementEvents.Add(new AgreementEvent
        {
            AgreementId = agreementId, Kind = kind, VersionNumber = versionNumber, ActorId = actor, At = at,
            Detail = detail.Length > AgreementEvent.DetailMaxLength ? detail[..AgreementEvent.DetailMaxLength] : detail,
        });
}
