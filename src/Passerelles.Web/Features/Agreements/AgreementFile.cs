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
    public bool EveryPartyApproved => Agreement.Parties.All(p => !p.Approves || CurrentApproval(p.Id) is not null);

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

    /// <summary>The agreement as <paramref name="actor"/> may see it; null when they may not know it exists.</summary>
    public static async Task<AgreementFile?> LoadAsync(AppDbContext db, Actor actor, Guid id, bool tracking = false)
    {
        var agreements = tracking ? db.Agreements : db.Agreements.AsNoTracking();
        var agreement = await agreements.VisibleTo(actor)
            .Include(a => a.Parties).ThenInclude(p => p.Organisation)
            .Include(a => a.Parties).ThenInclude(p => p.Person)
            .Include(a => a.Parties).ThenInclude(p => p.Signatories).ThenInclude(s => s.User)
            .AsSingleQuery()
            .SingleOrDefaultAsync(a => a.Id == id);
        if (agreement is null) return null;
        agreement.Parties = agreement.Parties.OrderBy(p => p.SigningRank).ThenBy(p => p.Name).ToList();
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

    /// <summary>Adds a line to the audit trail. <paramref name="forOrganisation"/> is the party organisation the actor
    /// acted for (an approval, a signature, a change to that party) and <paramref name="through"/> the carrier through
    /// which they did, when they are not that organisation's own administrator.</summary>
    public static void Record(AppDbContext db, Guid agreementId, AgreementEventKind kind, int versionNumber, Guid? actor, Instant at, string detail = "",
        Guid? forOrganisation = null, Guid? through = null) =>
        db.AgreementEvents.Add(new AgreementEvent
        {
            AgreementId = agreementId, Kind = kind, VersionNumber = versionNumber, ActorId = actor, At = at,
            Detail = detail.Length > AgreementEvent.DetailMaxLength ? detail[..AgreementEvent.DetailMaxLength] : detail,
            ForOrganisationId = forOrganisation, ThroughOrganisationId = through,
        });

    /// <summary>One line of the audit trail as people read it: names instead of ids.</summary>
    public sealed record TrailLine(Instant At, string? Actor, AgreementEventKind Kind, int VersionNumber, string Detail, string? For, string? Through)
    {
        /// <summary>"for Le Tube à ESS'ai, through PTCE Sud Aquitaine", or null when the actor acted for no party.</summary>
        public string? ActedFor(IStringLocalizer t) =>
            For is null ? null : Through is null ? t["for {0}", For].Value : t["for {0}, through {1}", For, Through].Value;

        /// <summary>What the event adds, in the reader's language where the trail keeps it free of any.</summary>
        public string DetailFor(IStringLocalizer t) => TrailDetail.Describe(Kind, Detail, t);
    }

    /// <summary>The whole audit trail of an agreement, oldest first.</summary>
    public static async Task<IReadOnlyList<TrailLine>> TrailAsync(AppDbContext db, Guid agreementId)
    {
        return await db.AgreementEvents.AsNoTracking().Where(e => e.AgreementId == agreementId).OrderBy(e => e.At).ThenBy(e => e.Sequence)
            .Select(e => new TrailLine(e.At,
                db.Users.Where(u => u.Id == e.ActorId).Select(u => u.DisplayName).FirstOrDefault(),
                e.Kind, e.VersionNumber, e.Detail,
                db.Organisations.Where(o => o.Id == e.ForOrganisationId).Select(o => o.Name).FirstOrDefault(),
                db.Organisations.Where(o => o.Id == e.ThroughOrganisationId).Select(o => o.Name).FirstOrDefault()))
            .ToListAsync();
    }
}
