namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>A register entry as its officers edit it: each wording in the controller's French (Québec French for a
/// Québec controller, France French for a French one) and in English; the other French is left as it was.</summary>
public sealed class ActivityForm
{
    public const string TransferToOwnSide = "A transfer goes outside the organisation's own jurisdiction: choose the other side, or none.";
    public const string TransferNotDescribed = "Say what goes to the other side.";

    [Required, StringLength(LocalisedTextMapping.LabelMaxLength), Display(Name = "Purpose (French)")]
    public string? NameFrench { get; set; }

    [Required, StringLength(LocalisedTextMapping.LabelMaxLength), Display(Name = "Purpose (English)")]
    public string? NameEnglish { get; set; }

    [Required, StringLength(LocalisedTextMapping.GuidanceMaxLength), Display(Name = "Data used (French)")]
    public string? DataFrench { get; set; }

    [Required, StringLength(LocalisedTextMapping.GuidanceMaxLength), Display(Name = "Data used (English)")]
    public string? DataEnglish { get; set; }

    [Required, Display(Name = "Legal basis")]
    public LegalBasis? LegalBasis { get; set; }

    [Required, StringLength(LocalisedTextMapping.GuidanceMaxLength), Display(Name = "Recipients (French)")]
    public string? RecipientsFrench { get; set; }

    [Required, StringLength(LocalisedTextMapping.GuidanceMaxLength), Display(Name = "Recipients (English)")]
    public string? RecipientsEnglish { get; set; }

    [Display(Name = "Transferred to")]
    public Side? TransferredTo { get; set; }

    [StringLength(LocalisedTextMapping.GuidanceMaxLength), Display(Name = "What is transferred (French)")]
    public string? TransfersFrench { get; set; }

    [StringLength(LocalisedTextMapping.GuidanceMaxLength), Display(Name = "What is transferred (English)")]
    public string? TransfersEnglish { get; set; }

    [Required]
    [Range(1, ProcessingActivity.MaxRetentionMonths, ErrorMessage = "Enter a number of months from 1 to 1,200.")]
    [Display(Name = "Kept for (months)")]
    public int? RetentionMonths { get; set; }

    [Required, StringLength(LocalisedTextMapping.LabelMaxLength), Display(Name = "Counted from (French)")]
    public string? RetentionFromFrench { get; set; }

    [Required, StringLength(LocalisedTextMapping.LabelMaxLength), Display(Name = "Counted from (English)")]
    public string? RetentionFromEnglish { get; set; }

    [Required, Display(Name = "Then")]
    public RetentionAction? AtExpiry { get; set; }

    public int Version { get; set; }

    /// <summary>The rules that need the controller's side: its grounds, and a transfer only to the other side, described.</summary>
    public void CheckFor(Side side, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (LegalBasis is { } basis && !ProcessingActivity.BasesFor(side).Contains(basis))
            modelState.AddModelError($"Input.{nameof(LegalBasis)}", t["Choose one of the values in the list."]);
        if (TransferredTo == side)
            modelState.AddModelError($"Input.{nameof(TransferredTo)}", t[TransferToOwnSide]);
        if (TransferredTo is null) return;
        if (string.IsNullOrWhiteSpace(TransfersFrench)) modelState.AddModelError($"Input.{nameof(TransfersFrench)}", t[TransferNotDescribed]);
        if (string.IsNullOrWhiteSpace(TransfersEnglish)) modelState.AddModelError($"Input.{nameof(TransfersEnglish)}", t[TransferNotDescribed]);
    }

    private static LocalisedText With(LocalisedText text, Side side, string? french, string? english)
    {
        var (fr, en) = (french?.Trim() ?? "", english?.Trim() ?? "");
        return side == Side.Quebec ? text with { FrCa = fr, En = en } : text with { FrFr = fr, En = en };
    }

    private static string French(LocalisedText text, Side side) => side == Side.Quebec ? text.FrCa : text.FrFr;

    public void ApplyTo(ProcessingActivity activity, Side side)
    {
        activity.Name = With(activity.Name, side, NameFrench, NameEnglish);
        activity.DataCategories = With(activity.DataCategories, side, DataFrench, DataEnglish);
        activity.LegalBasis = LegalBasis!.Value;
        activity.Recipients = With(activity.Recipients, side, RecipientsFrench, RecipientsEnglish);
        activity.TransferredTo = TransferredTo;
        activity.Transfers = TransferredTo is null ? LocalisedText.Empty : With(activity.Transfers, side, TransfersFrench, TransfersEnglish);
        activity.RetentionMonths = RetentionMonths!.Value;
        activity.RetentionFrom = With(activity.RetentionFrom, side, RetentionFromFrench, RetentionFromEnglish);
        activity.AtExpiry = AtExpiry!.Value;
    }

    public static ActivityForm From(ProcessingActivity activity, Side side) => new()
    {
        NameFrench = French(activity.Name, side), NameEnglish = activity.Name.En,
        DataFrench = French(activity.DataCategories, side), DataEnglish = activity.DataCategories.En,
        LegalBasis = activity.LegalBasis,
        RecipientsFrench = French(activity.Recipients, side), RecipientsEnglish = activity.Recipients.En,
        TransferredTo = activity.TransferredTo,
        TransfersFrench = French(activity.Transfers, side), TransfersEnglish = activity.Transfers.En,
        RetentionMonths = activity.RetentionMonths,
        RetentionFromFrench = French(activity.RetentionFrom, side), RetentionFromEnglish = activity.RetentionFrom.En,
        AtExpiry = activity.AtExpiry, Version = activity.Version,
    };
}
