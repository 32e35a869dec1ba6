namespace Passerelles.Web.Features.Agreements;

public enum AgreementEventKind
{
    Created, VersionSaved, Commented, ArticleAgreed, SentForApproval, Approved, SignatureOpened, Signed, SignedByAll,
    CommitmentAdded, CommitmentChanged, CommitmentDone, CommitmentDeleted, TermChanged,
    PartyAdded, PartyRemoved, SigningRankChanged, SignatoryAdded, SignatoryRemoved,
    BridgeActivated, BridgeRecorded,
}

/// <summary>One line of an agreement's audit trail: every change of state, in order, never changed or removed.</summary>
public class AgreementEvent : IAppendOnly
{
    public const int DetailMaxLength = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public Instant At { get; set; }

    /// <summary>Orders the events recorded at the same instant (an approval and the opening of signature it causes):
    /// the trail is read by <see cref="At"/>, then by this number.</summary>
    public long Sequence { get; set; } = NextSequence();

    public Guid? ActorId { get; set; }

    /// <summary>The party organisation the actor acted for, when they acted for one (an approval, a signature).</summary>
    public Guid? ForOrganisationId { get; set; }

    /// <summary>The carrier organisation through which the actor acted for <see cref="ForOrganisationId"/>, when they
    /// are not a member of that organisation themselves but an administrator of an organisation that carries it.</summary>
    public Guid? ThroughOrganisationId { get; set; }

    public AgreementEventKind Kind { get; set; }
    public int VersionNumber { get; set; }

    /// <summary>Facts of the event in plain, untranslated words (an article heading, a resolution reference).</summary>
    public string Detail { get; set; } = "";

    private static long _lastSequence;

    /// <summary>A number greater than every one this process gave before, and than those of a process started earlier:
    /// it starts from the machine clock's ticks and only ever goes up, whatever the clock does meanwhile.</summary>
    private static long NextSequence()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastSequence);
            var next = Math.Max(last + 1, DateTime.UtcNow.Ticks);
            if (Interlocked.CompareExchange(ref _lastSequence, next, last) == last) return next;
        }
    }
}

/// <summary>A comment on one article, in Markdown, rendered through the sanitiser.</summary>
public class AgreementComment : IAppendOnly
{
    public const int BodyMaxLength = 8000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public Guid ArticleKey { get; set; }
    public int VersionNumber { get; set; }
    public Guid AuthorId { get; set; }
    public AppUser Author { get; set; } = null!;
    public string Body { get; set; } = "";
    public Instant PostedAt { get; set; }
}

/// <summary>A party's "agreed" on an article. It holds the hash of the article as agreed: once the article's text
/// changes the mark no longer matches, so it resets by itself.</summary>
public class ArticleMark : IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public Guid PartyId { get; set; }
    public Guid ArticleKey { get; set; }
    public string ArticleSha256 { get; set; } = "";
    public Guid MarkedBy { get; set; }
    public Instant MarkedAt { get; set; }
}

/// <summary>A party's internal approval of one version (its board's resolution), with an optional copy of the
/// resolution kept like the other evidence documents.</summary>
public class PartyApproval : IAppendOnly
{
    public const int ReferenceMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public Guid PartyId { get; set; }
    public int VersionNumber { get; set; }
    public string ResolutionReference { get; set; } = "";
    public LocalDate ResolvedOn { get; set; }
    public string? DocumentFileName { get; set; }
    public string? DocumentStoredName { get; set; }
    public Guid RecordedBy { get; set; }
    public Instant RecordedAt { get; set; }
}

/// <summary>A signature: who, when (UTC and the signer's zone), how they proved it was them, and the SHA-256 of the
/// canonical text of the version they signed.</summary>
public class AgreementSignature : IAppendOnly
{
    public const string PasswordAndAuthenticatorCode = "password+totp";

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public Guid PartyId { get; set; }
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public int VersionNumber { get; set; }
    public Instant SignedAt { get; set; }
    public string TimeZoneId { get; set; } = "";
    public string AuthenticationMethod { get; set; } = "";
    public string TextSha256 { get; set; } = "";
}

public sealed class AgreementRecordsConfiguration :
    IEntityTypeConfiguration<AgreementEvent>, IEntityTypeConfiguration<AgreementComment>, IEntityTypeConfiguration<ArticleMark>,
    IEntityTypeConfiguration<PartyApproval>, IEntityTypeConfiguration<AgreementSignature>
{
    public void Configure(EntityTypeBuilder<AgreementEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Detail).HasMaxLength(AgreementEvent.DetailMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(e => e.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.AgreementId, e.At, e.Sequence });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.ForOrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.ThroughOrganisationId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<AgreementComment> builder)
    {
        builder.Property(c => c.Body).HasMaxLength(AgreementComment.BodyMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.AgreementId, c.ArticleKey, c.PostedAt });
    }

    public void Configure(EntityTypeBuilder<ArticleMark> builder)
    {
        builder.Property(m => m.ArticleSha256).HasMaxLength(64);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(m => m.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgreementParty>().WithMany().HasForeignKey(m => m.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.AgreementId, m.ArticleKey, m.PartyId, m.ArticleSha256 }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PartyApproval> builder)
    {
        builder.Property(a => a.ResolutionReference).HasMaxLength(PartyApproval.ReferenceMaxLength);
        builder.Property(a => a.DocumentFileName).HasMaxLength(200);
        builder.Property(a => a.DocumentStoredName).HasMaxLength(100);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgreementParty>().WithMany().HasForeignKey(a => a.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AgreementId, a.PartyId, a.VersionNumber }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<AgreementSignature> builder)
    {
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.AuthenticationMethod).HasMaxLength(40);
        builder.Property(s => s.TextSha256).HasMaxLength(64);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AgreementParty>().WithMany().HasForeignKey(s => s.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        // Nobody signs the same version twice, even for two parties.
        builder.HasIndex(s => new { s.AgreementId, s.VersionNumber, s.UserId }).IsUnique();
    }
}
