using System.Xml.Linq;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

public sealed class LabelsTests
{
    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var name in Enum.GetNames<CanonicalStage>()) keys.Add($"CanonicalStage.{name}");
        foreach (var name in Enum.GetNames<ProjectStatus>()) keys.Add($"ProjectStatus.{name}");
        foreach (var name in Enum.GetNames<ExitOutcome>()) keys.Add($"ExitOutcome.{name}");
        foreach (var name in Enum.GetNames<SelfDeclaredGender>()) keys.Add($"SelfDeclaredGender.{name}");
        foreach (var name in Enum.GetNames<MilestoneKind>()) keys.Add($"MilestoneKind.{name}");
        foreach (var name in Enum.GetNames<CoachingKind>()) keys.Add($"CoachingKind.{name}");
        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_stage_status_outcome_gender_milestone_and_session_kind_has_an_english_and_a_french_label(string key)
    {
        foreach (var suffix in new[] { "", ".fr" })
        {
            var names = XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", $"Text{suffix}.resx")).Root!
                .Elements("data").Select(d => (string)d.Attribute("name")!);
            Assert.Contains(key, names);
        }
    }

    [Theory]
    [InlineData(".fr-CA", "CanonicalStage.PreIncubation", "Prédémarrage")]
    [InlineData(".fr-FR", "CanonicalStage.PreIncubation", "Pré-incubation")]
    [InlineData(".fr-CA", "CanonicalStage.Launch", "Démarrage")]
    [InlineData(".fr-FR", "CanonicalStage.Launch", "Création")]
    public void Each_side_names_the_shared_stages_in_its_own_words(string suffix, string key, string expected)
    {
        var value = XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", $"Text{suffix}.resx")).Root!
            .Elements("data").Single(d => (string)d.Attribute("name")! == key).Element("value")!.Value;
        Assert.Equal(expected, value);
    }
}
