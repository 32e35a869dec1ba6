using System.Text.RegularExpressions;

namespace Passerelles.Web.Infrastructure.Localisation;

/// <summary>French contracts "de" and "à" with the article that starts a name: "du Tube à ESS'ai", not "de Le Tube
/// à ESS'ai"; "au Tube", "des Offices", "aux Offices". "La" and "L'" do not contract.</summary>
public static partial class FrenchContraction
{
    /// <summary>"du Tube à ESS'ai" for ("de", "Le Tube à ESS'ai"); null when the name starts with no such article.</summary>
    public static string? Contract(string preposition, string name)
    {
        var (article, rest) = name.StartsWith("Le ", StringComparison.Ordinal) ? ("le", name[3..])
            : name.StartsWith("Les ", StringComparison.Ordinal) ? ("les", name[4..])
            : (null, name);
        var contracted = (preposition, article) switch
        {
            ("de", "le") => "du",
            ("De", "le") => "Du",
            ("de", "les") => "des",
            ("De", "les") => "Des",
            ("à", "le") => "au",
            ("À", "le") => "Au",
            ("à", "les") => "aux",
            ("À", "les") => "Aux",
            _ => null,
        };
        return contracted is null ? null : $"{contracted} {rest}";
    }

    /// <summary>Formats a French interface string, contracting each "de {n}" or "à {n}" whose argument starts with an
    /// article.</summary>
    public static string Format(string format, object[] arguments, IFormatProvider culture)
    {
        var contracted = PrepositionBeforeArgument().Replace(format, match =>
        {
            var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            var argument = index < arguments.Length ? arguments[index]?.ToString() : null;
            return argument is not null && Contract(match.Groups["preposition"].Value, argument) is { } text
                ? text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
                : match.Value;
        });
        return string.Format(culture, contracted, arguments);
    }

    [GeneratedRegex(@"(?<!\p{L})(?<preposition>de|De|à|À) \{(?<index>\d+)\}")]
    private static partial Regex PrepositionBeforeArgument();
}

/// <summary>Every interface string formatted in French goes through <see cref="FrenchContraction"/>, so a name that
/// starts with an article reads right wherever a string puts it after "de" or "à"; and in Québec French through
/// <see cref="FrenchPunctuation.ForQuebec"/>.</summary>
public sealed class ContractingStringLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new ContractingStringLocalizer(resources.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new ContractingStringLocalizer(resources.Create(baseName, location));

    private sealed class ContractingStringLocalizer(IStringLocalizer resources) : IStringLocalizer
    {
        public LocalizedString this[string name] => Punctuated(resources[name]);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "fr") return resources[name, arguments];
                var format = Punctuated(resources[name]);
                return new LocalizedString(name, FrenchContraction.Format(format.Value, arguments, CultureInfo.CurrentCulture),
                    format.ResourceNotFound, format.SearchedLocation);
            }
        }

        /// <summary>Québec French reads the shared French strings with Québec's punctuation (see
        /// <see cref="FrenchPunctuation"/>), before any argument goes in.</summary>
        private static LocalizedString Punctuated(LocalizedString text) => CultureInfo.CurrentUICulture.Name == Cultures.QuebecFrench
            ? new LocalizedString(text.Name, FrenchPunctuation.ForQuebec(text.Value), text.ResourceNotFound, text.SearchedLocation)
            : text;

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
    }
}
