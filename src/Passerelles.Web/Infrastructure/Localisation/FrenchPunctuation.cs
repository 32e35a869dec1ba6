namespace Passerelles.Web.Infrastructure.Localisation;

/// <summary>The spaces French puts before punctuation differ between the two sides. Both put a no-break space
/// (U+00A0) before ":" and inside « ». France also puts a narrow no-break space (U+202F) before ";", "!" and "?";
/// Québec (the OQLF) puts none. The shared French resources are written France's way, and Québec French reads them
/// through <see cref="ForQuebec"/>; Text.fr-CA.resx is written Québec's way.</summary>
public static class FrenchPunctuation
{
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>A shared French text as Québec writes it: without the narrow space before ";", "!" and "?".</summary>
    public static string ForQuebec(string text) => text.Contains(NarrowNoBreakSpace)
        ? text.Replace("\u202F;", ";", StringComparison.Ordinal)
              .Replace("\u202F!", "!", StringComparison.Ordinal)
              .Replace("\u202F?", "?", StringComparison.Ordinal)
        : text;
}
