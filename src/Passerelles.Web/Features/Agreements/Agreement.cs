namespace Passerelles.Web.Features.Agreements;

public enum AgreementStatus { Draft, InApproval, InSignature, Signed, Expired }

/// <summary>An agreement (an "entente" in Québec, a "convention" in France) between two or more organisations. Its
/// legal text lives in immutable <see cref="AgreementVersion"/>s; approvals and signatures count only for the version
/// they were given on, so any new version takes the agreement back to draft.</summary>
public class Agreement : AuditedEntity
{
    public const int TitleMaxLength = 300;
    public const int PurposeMaxLength = 4000;
    public const int MinParties = 2;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The title of the current version, kept here for lists.</summary>
    public string Title { get; set; } = "";

    /// <summary>Why the parties agree, in Markdown; a description, not part of the legal text.</summary>
    public string Purpose { get; set; } = "";

    public AgreementStatus Status { get; set; }

    /// <summary>The number of the latest version; 0 before the first save.</summary>
    public int CurrentVersion { get; set; }

    public List<AgreementParty> Parties { get; set; } = [];

    public const int MaxNoticeDays = 3650;
    public const int MaxRenewalMonths = 120;

    /// <summary>The end of the first term, when the agreement has one.</summary>
    public LocalDate? ExpiresOn { get; set; }

    /// <summary>How many days before the end of a term a party must give notice (to end it, or not to renew it).</summary>
    public int NoticeDays { get; set; }

    public RenewalMode Renewal { get; set; }

    /// <summary>For tacit renewal: how many months each new term lasts.</summary>
    public int? RenewalMonths { get; set; }

    /// <summary>The end of the term running on <paramref name="today"/>: the expiry date, or for an agreement that renews
    /// tacitly, the end of the renewed term that contains today. Null without an expiry date.</summary>
    public LocalDate? TermEndsOn(LocalDate today)
    {
        if (ExpiresOn is not { } end) return null;
        if (Renewal != RenewalMode.RenewsTacitly || RenewalMonths is not > 0) return end;
        var first = end;
        for (var k = 1; end < today; k++) end = first.PlusMonths(k * RenewalMonths.Value);
        return end;
    }

    /// <summary>The last day to give notice before the end of the current term.</summary>
    public LocalDate? NoticeOn(LocalDate today) => TermEndsOn(today)?.PlusDays(-NoticeDays);

    /// <summary>The status as of <paramref name="today"/>: a signed agreement whose term has ended without renewal is
    /// expired.</summary>
    public AgreementStatus StatusOn(LocalDate today) => StatusOn(Status, ExpiresOn, Renewal, today);

    /// <summary>The same, from the stored columns, for lists that read only those.</summary>
    public static AgreementStatus StatusOn(AgreementStatus status, LocalDate? expiresOn, RenewalMode renewal, LocalDate today) =>
        status == AgreementStatus.Signed && renewal == RenewalMode.Expires && expiresOn is { } end && end < today ? AgreementStatus.Expired : status;

    /// <summary>Adds the next version of the text. Refused (null) when <paramref name="basedOn"/> is not the current
    /// version: someone else saved in between, and saving over their text would lose it.</summary>
    public AgreementVersion? SaveVersion(int basedOn, string title, IEnumerable<(Guid Key, string Heading, string Body)> articles,
        IEnumerable<(string Title, string Body)> annexes, Guid? by, Instant at)
    {
        if (basedOn != CurrentVersion || Status == AgreementStatus.Signed) return null;
        var version = new AgreementVersion { AgreementId = Id, Number = CurrentVersion + 1, Title = title, SavedAt = at, SavedBy = by };
        version.Articles.AddRange(articles.Select((a, i) => new AgreementArticle
        {
            VersionId = version.Id, Position = i + 1, Key = a.Key, Heading = a.Heading, Body = a.Body,
        }));
        version.Annexes.AddRange(annexes.Select((a, i) => new AgreementAnnex { VersionId = version.Id, Position = i + 1, Title = a.Title, Body = a.Body }));
        CurrentVersion = version.Number;
        Title = title;
        Status = AgreementStatus.Draft;
        return version;
    }

    /// <summary>Parties whose turn it is to sign: those of the lowest signing rank not yet fully signed.</summary>
    public IReadOnlyList<AgreementParty> PartiesSigningNow(IReadOnlyCollection<AgreementSignature> currentSignatures)
    {
        var pending = Parties.Where(p => !p.HasFullySigned(currentSignatures)).ToList();
        if (pending.Count == 0) return [];
        var rank = pending.Min(p => p.SigningRank);
        return pending.Where(p => p.SigningRank == rank).ToList();
    }

    /// <summary>Why <paramref name="userId"/> may not sign now, as the key of the message; null when they may.</summary>
    public string? SigningProblem(Guid userId, IReadOnlyCollection<AgreementSignature> currentSignatures)
    {
        if (Status != AgreementStatus.InSignature)
            return Status == AgreementStatus.Signed ? "This agreement is already signed by all parties." : "Signature opens once every party has approved the agreement.";
        var parties = Parties.Where(p => p.Signatories.Any(s => s.UserId == userId)).ToList();
        if (parties.Count == 0) return "Only an authorised signatory of a party can sign for it.";
        if (currentSignatures.Any(s => s.UserId == userId)) return "You have already signed this version.";
        var now = PartiesSigningNow(currentSignatures);
        return parties.Any(p => now.Contains(p)) ? null : "Your organisation signs after the parties before it in the signing order.";
    }

    public AgreementStatus StatusOn(LocalDate today, LocalDate? expiresOn) =>
        Status == AgreementStatus.Signed && expiresOn is { } end && end < today ? AgreementStatus.Expired : Status;
}

/// <summary>An organisation party to an agreement, with the people authorised to sign for it and its place in the
/// signing order: parties of the same rank sign in parallel, a higher rank waits for the lower ones.</summary>
public class AgreementParty
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    /// <summary>The person who is this party in their own name (the student of a tripartite internship agreement) and
    /// its only signatory; null for an organisation. <see cref="OrganisationId"/> is then the organisation they come
    /// through (the student's sending college), whose language their notices take.</summary>
    public Guid? PersonId { get; set; }
    public AppUser? Person { get; set; }

    public int SigningRank { get; set; } = 1;

    /// <summary>A person has no board to approve the text: only an organisation party approves it before signing.</summary>
    public bool Approves => PersonId is null;

    /// <summary>The party as the pages name it: the person, or the organisation.</summary>
    public string Name => Person?.DisplayName ?? Organisation.Name;
    public List<AgreementSignatory> Signatories { get; set; } = [];

    public bool HasFullySigned(IReadOnlyCollection<AgreementSignature> currentSignatures) =>
        Signatories.All(s => currentSignatures.Any(x => x.PartyId == Id && x.UserId == s.UserId));
}

public class AgreementSignatory
{
    public Guid PartyId { get; set; }
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
}

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Agreement.TitleMaxLength);
        builder.Property(a => a.Purpose).HasMaxLength(Agreement.PurposeMaxLength);
        builder.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.Title);
    }
}

public sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> builder)
    {
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // An organisation is a party once; a person party comes through an organisation that may be a party too.
        builder.HasIndex(p => new { p.AgreementId, p.OrganisationId }).IsUnique().HasFilter("\"PersonId\" IS NULL");
        builder.HasIndex(p => new { p.AgreementId, p.PersonId }).IsUnique();
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Signatories).WithOne().HasForeignKey(s => s.PartyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AgreementSignatoryConfiguration : IEntityTypeConfiguration<AgreementSignatory>
{
    public void Configure(EntityTypeBuilder<AgreementSignatory> builder)
    {
        builder.HasKey(s => new { s.PartyId, s.UserId });
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.UserId);
    }
}
