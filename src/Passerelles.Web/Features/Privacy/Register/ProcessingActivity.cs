namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>The lawful ground of a processing activity. The GDPR's article 6 grounds apply to controllers on the France
/// side; Québec's private-sector act (as amended by Law 25) rests on consent, on use for the purpose the information
/// was collected for, on a public body's mission or on what a law requires or allows.</summary>
public enum LegalBasis
{
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
    PurposeOfCollection,
    PublicBodyMission,
}

/// <summary>What becomes of a record once its retention period is over.</summary>
public enum RetentionAction { Destroy, Anonymise }

/// <summary>One entry of an organisation's register of processing activities (GDPR art. 30; Law 25's governance
/// policy): one purpose of one controller organisation, the data it uses, on what ground, who receives it, whether it
/// crosses the ocean, and how long it is kept before being destroyed or anonymised. The retention job reads the period
/// and the action (<see cref="RetentionRun"/>); the public privacy page publishes the entries.</summary>
public class ProcessingActivity : AuditedEntity
{
    public const int PurposeMaxLength = 60;
    public const int MaxRetentionMonths = 1200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ControllerId { get; set; }
    public Organisation Controller { get; set; } = null!;

    /// <summary>One of <see cref="ProcessingPurposes"/>: the key other features use to point to their entry.</summary>
    public string Purpose { get; set; } = "";

    public LocalisedText Name { get; set; } = LocalisedText.Empty;
    public LocalisedText DataCategories { get; set; } = LocalisedText.Empty;
    public LegalBasis LegalBasis { get; set; }
    public LocalisedText Recipients { get; set; } = LocalisedText.Empty;

    /// <summary>The side the data goes to outside the controller's jurisdiction, if any, and what goes there.</summary>
    public Side? TransferredTo { get; set; }
    public LocalisedText Transfers { get; set; } = LocalisedText.Empty;

    public int RetentionMonths { get; set; }

    /// <summary>The event the period is counted from ("the session", "the withdrawal of consent").</summary>
    public LocalisedText RetentionFrom { get; set; } = LocalisedText.Empty;
    public RetentionAction AtExpiry { get; set; }

    /// <summary>The grounds a controller on <paramref name="side"/> may invoke.</summary>
    public static IReadOnlyList<LegalBasis> BasesFor(Side side) => side == Side.Quebec
        ? [LegalBasis.Consent, LegalBasis.PurposeOfCollection, LegalBasis.PublicBodyMission, LegalBasis.LegalObligation]
        : [LegalBasis.Consent, LegalBasis.Contract, LegalBasis.LegalObligation, LegalBasis.VitalInterests, LegalBasis.PublicTask, LegalBasis.LegitimateInterests];
}

public sealed class ProcessingActivityConfiguration : IEntityTypeConfiguration<ProcessingActivity>
{
    public void Configure(EntityTypeBuilder<ProcessingActivity> builder)
    {
        builder.Property(a => a.Purpose).HasMaxLength(ProcessingActivity.PurposeMaxLength);
        builder.ComplexProperty(a => a.Name, t => t.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.ComplexProperty(a => a.DataCategories, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
        builder.ComplexProperty(a => a.Recipients, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
        builder.ComplexProperty(a => a.Transfers, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
        builder.ComplexProperty(a => a.RetentionFrom, t => t.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.HasOne(a => a.Controller).WithMany().HasForeignKey(a => a.ControllerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ControllerId, a.Purpose }).IsUnique();
    }
}

/// <summary>The claim of one day's retention run: whichever app instance inserts it purges and writes to the officers;
/// another one running at the same moment meets the unique key and leaves the day alone.</summary>
public class RetentionRun
{
    public LocalDate Day { get; set; }
    public Instant ClaimedAt { get; set; }
}

public sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder) => builder.HasKey(r => r.Day);
}
