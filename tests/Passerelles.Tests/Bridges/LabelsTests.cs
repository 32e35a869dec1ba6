using System.Xml.Linq;
using Passerelles.Web.Features.Bridges;

namespace Passerelles.Tests.Bridges;

public sealed class LabelsTests
{
    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var kind in Enum.GetNames<BridgeKind>()) keys.Add($"BridgeKind.{kind}");
        foreach (var status in Enum.GetNames<BridgeStatus>()) keys.Add($"BridgeStatus.{status}");
        foreach (var role in Enum.GetNames<CounterpartSuggestions.Role>()) keys.Add($"CounterpartRole.{role}");
        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_bridge_kind_status_and_role_has_an_english_and_a_french_label(string key)
    {
        foreach (var suffix in new[] { "", ".fr" })
        {
            var names = XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", $"Text{suffix}.resx")).Root!
                .Elements("data").Select(d => (string)d.Attribute("name")!);
            Assert.Contains(key, names);
        }
    }
}
