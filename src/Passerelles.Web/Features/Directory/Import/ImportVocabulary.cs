using System.Resources;

namespace Passerelles.Web.Features.Directory.Import;

/// <summary>The values of the kind and side columns as people write them: the codes ("Cooperative", "Quebec") or the
/// labels the site shows in any of its three languages ("Coopérative", "OBNL", "Habitat Jeunes (FJT)", "Québec"),
/// whatever their case and accents. A label two values share in different languages names neither.</summary>
public static class ImportVocabulary
{
    private static readonly ResourceManager Resources = new("Passerelles.Web.Resources.Text", typeof(Text).Assembly);

    public static readonly IReadOnlyDictionary<string, OrganisationKind> Kinds = Build<OrganisationKind>("Kind.");

    public static readonly IReadOnlyDictionary<string, Side> Sides = Build<Side>("Side.");

    public static OrganisationKind? Kind(string written) => Kinds.TryGetValue(Organisation.SearchKey(written), out var kind) ? kind : null;

    public static Side? Side(string written) => Sides.TryGetValue(Organisation.SearchKey(written), out var side) ? side : null;

    private static Dictionary<string, T> Build<T>(string prefix) where T : struct, Enum
    {
        var cultures = new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("fr"), CultureInfo.GetCultureInfo(Cultures.QuebecFrench), CultureInfo.GetCultureInfo(Cultures.FranceFrench) };
        var names = Enum.GetValues<T>()
            .SelectMany(value => cultures.Select(c => Resources.GetString(prefix + value, c)).Append(value.ToString())
                .OfType<string>().Select(Organisation.SearchKey).Distinct().Select(name => (name, value)))
            .ToList();
        var ambiguous = names.GroupBy(n => n.name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return names.Where(n => !ambiguous.Contains(n.name)).ToDictionary(n => n.name, n => n.value, StringComparer.Ordinal);
    }
}
