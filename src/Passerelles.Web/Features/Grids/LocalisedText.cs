namespace Passerelles.Web.Features.Grids;

/// <summary>A grid's wording in the three languages of Passerelles: Québec French, France French and English. Grids
/// are written once per language, not translated on the fly, because the two Frenches use different words.</summary>
public sealed record LocalisedText(string FrCa, string FrFr, string En)
{
    public static readonly LocalisedText Empty = new("", "", "");

    /// <summary>The wording for a culture, falling back to another language when this one was left empty.</summary>
    public string For(CultureInfo culture)
    {
        var preferred = culture.Name switch
        {
            Cultures.QuebecFrench => FrCa,
            Cultures.FranceFrench => FrFr,
            _ when culture.TwoLetterISOLanguageName == "fr" => FrFr,
            _ => En,
        };
        return new[] { preferred, En, FrFr, FrCa }.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? "";
    }

    public string ForCurrentCulture() => For(CultureInfo.CurrentUICulture);

    public bool IsComplete => !string.IsNullOrWhiteSpace(FrCa) && !string.IsNullOrWhiteSpace(FrFr) && !string.IsNullOrWhiteSpace(En);

    public bool IsEmpty => string.IsNullOrWhiteSpace(FrCa) && string.IsNullOrWhiteSpace(FrFr) && string.IsNullOrWhiteSpace(En);
}

public static class LocalisedTextMapping
{
    public const int LabelMaxLength = 300;
    public const int GuidanceMaxLength = 4000;

    /// <summary>Maps the three languages as three columns of the owning table (Label_FrCa, Label_FrFr, Label_En).</summary>
    public static void IsLocalised<T>(this ComplexPropertyBuilder<T> text, int maxLength) where T : class
    {
        text.IsRequired();
        text.Property(nameof(LocalisedText.FrCa)).HasMaxLength(maxLength);
        text.Property(nameof(LocalisedText.FrFr)).HasMaxLength(maxLength);
        text.Property(nameof(LocalisedText.En)).HasMaxLength(maxLength);
    }
}
