namespace Passerelles.Web.Features.Agreements;

/// <summary>One saved state of an agreement's legal text: its title, ordered articles and annexes, stored exactly as
/// typed. Never changed once saved: the next save makes the next version.</summary>
public class AgreementVersion : IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public Instant SavedAt { get; set; }
    public Guid? SavedBy { get; set; }
    public List<AgreementArticle> Articles { get; set; } = [];
    public List<AgreementAnnex> Annexes { get; set; } = [];

    public string CanonicalText() => Agreements.CanonicalText.Of(this);
}

/// <summary>An article of one version, in Markdown. <see cref="Key"/> follows the article from version to version,
/// through moves and edits, so that comments and agreement marks stay attached to it.</summary>
public class AgreementArticle : IAppendOnly
{
    public const int HeadingMaxLength = 300;
    public const int BodyMaxLength = 40000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid VersionId { get; set; }
    public int Position { get; set; }
    public Guid Key { get; set; }
    public string Heading { get; set; } = "";
    public string Body { get; set; } = "";
}

public class AgreementAnnex : IAppendOnly
{
    public const int TitleMaxLength = 300;
    public const int BodyMaxLength = 100000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid VersionId { get; set; }
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
}

public sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(Agreement.TitleMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Cascade);
        // Two people saving from the same version: the database takes only one of the two "next" versions.
        builder.HasIndex(v => new { v.AgreementId, v.Number }).IsUnique();
        builder.HasMany(v => v.Articles).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Annexes).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AgreementArticleConfiguration : IEntityTypeConfiguration<AgreementArticle>
{
    public void Configure(EntityTypeBuilder<AgreementArticle> builder)
    {
        builder.Property(a => a.Heading).HasMaxLength(AgreementArticle.HeadingMaxLength);
        builder.Property(a => a.Body).HasMaxLength(AgreementArticle.BodyMaxLength);
        builder.HasIndex(a => new { a.VersionId, a.Position }).IsUnique();
    }
}

public sealed class AgreementAnnexConfiguration : IEntityTypeConfiguration<AgreementAnnex>
{
    public void Configure(EntityTypeBuilder<AgreementAnnex> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(AgreementAnnex.TitleMaxLength);
        builder.Property(a => a.Body).HasMaxLength(AgreementAnnex.BodyMaxLength);
        builder.HasIndex(a => new { a.VersionId, a.Position }).IsUnique();
    }
}
