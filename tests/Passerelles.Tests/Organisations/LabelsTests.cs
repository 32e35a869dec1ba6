using System.Globalization;
using System.Resources;
using Passerelles.Web;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Organisations;

public sealed class LabelsTests
{
    private static readonly ResourceManager Strings = new("Passerelles.Web.Resources.Text", typeof(Text).Assembly);

    public static TheoryData<string> Keys() =>
    [
        .. Enum.GetValues<OrganisationKind>().Select(k => "Kind." + k),
        .. Enum.GetValues<Side>().Select(s => "Side." + s),
        .. Enum.GetValues<MemberRole>().Select(r => "Role." + r),
    ];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_kind_side_and_role_has_an_english_and_a_french_label(string key)
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("fr") })
        {
            var strings = Strings.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            Assert.False(string.IsNullOrEmpty(strings?.GetString(key)), $"{key} has no label in '{culture.Name}'.");
        }
    }
}
