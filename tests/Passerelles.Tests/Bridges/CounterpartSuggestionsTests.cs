using Passerelles.Web.Features.Bridges;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Web.Features.Bridges.CounterpartSuggestions;

namespace Passerelles.Tests.Bridges;

public sealed class CounterpartSuggestionsTests
{
    private static Profile Make(string name, OrganisationKind kind, Side side, string description = "", params string[] themes) =>
        new(Guid.NewGuid(), name, kind, side, description, themes);

    [Fact]
    public void A_youth_housing_association_is_matched_with_youth_housing_on_the_other_side_with_its_reasons()
    {
        var tarnos = Make("Habitat Jeunes Sud Aquitaine", OrganisationKind.YouthHousing, Side.France, "Logement des jeunes de 16 à 30 ans à Tarnos", "Youth");
        var quebec = Make("Auberge du cœur", OrganisationKind.YouthHousing, Side.Quebec, "Hébergement et logement pour les jeunes", "Youth", "Innovation");
        var incubator = Make("L'Espace412", OrganisationKind.Incubator, Side.Quebec, "Incubateur");

        var suggestions = For(tarnos, [quebec, incubator]);

        var first = Assert.Single(suggestions);
        Assert.Equal(quebec.Id, first.Candidate.Id);
        Assert.Equal(
            [new Reason(ReasonKind.SameKind, "YouthHousing"), new Reason(ReasonKind.SharedTheme, "Youth"),
             new Reason(ReasonKind.SharedKeyword, "jeunes"), new Reason(ReasonKind.SharedKeyword, "logement")],
            first.Reasons);
        Assert.Equal(SameKindPoints + SharedThemePoints + 2 * SharedKeywordPoints, first.Score);
    }

    [Fact]
    public void Organisations_on_the_same_side_are_never_suggested()
    {
        var espace = Make("L'Espace412", OrganisationKind.Incubator, Side.Quebec);
        var other = Make("Incubateur québécois", OrganisationKind.Incubator, Side.Quebec);

        Assert.Empty(For(espace, [espace, other]));
    }

    [Fact]
    public void An_incubator_and_a_territorial_cluster_share_a_role_worth_less_than_the_same_kind()
    {
        var espace = Make("L'Espace412", OrganisationKind.Incubator, Side.Quebec);
        var tube = Make("Le Tube à ESS'ai", OrganisationKind.Incubator, Side.France);
        var ptce = Make("PTCE Sud Aquitaine", OrganisationKind.TerritorialCluster, Side.France);

        var suggestions = For(espace, [ptce, tube]);

        Assert.Equal([tube.Id, ptce.Id], suggestions.Select(s => s.Candidate.Id));
        Assert.Equal([new Reason(ReasonKind.SimilarRole, nameof(Role.ProjectSupport))], suggestions[1].Reasons);
    }

    [Fact]
    public void Keywords_fold_accents_and_case_and_ignore_french_stop_words()
    {
        var words = Keywords("L'Économie sociale et solidaire dans les territoires, avec des élus");

        Assert.Equal(["economie", "elus", "sociale", "solidaire", "territoires"], words.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keywords_leave_out_stop_words_and_are_shown_as_the_organisation_writes_them()
    {
        var tarnos = Make("Habitat Jeunes", OrganisationKind.YouthHousing, Side.France,
            "Économie sociale : logement des jeunes de 16 à 30 ans, dont les élèves. Une économie de proximité.");
        var quebec = Make("Maison des jeunes", OrganisationKind.Network, Side.Quebec,
            "Economie sociale pour les 12 a 17 ans, dont des eleves");

        var suggestion = Assert.Single(For(tarnos, [quebec]));

        Assert.Equal(
            [new Reason(ReasonKind.SharedKeyword, "économie"), new Reason(ReasonKind.SharedKeyword, "élèves"), new Reason(ReasonKind.SharedKeyword, "jeunes")],
            suggestion.Reasons);
        Assert.DoesNotContain("ans", Keywords(tarnos.Description).Keys);
        Assert.DoesNotContain("dont", Keywords(tarnos.Description).Keys);
    }

    [Fact]
    public void Only_the_top_suggestions_are_returned_best_first_and_unrelated_ones_are_left_out()
    {
        var espace = Make("L'Espace412", OrganisationKind.Incubator, Side.Quebec, "innovation sociale", "Innovation");
        var candidates = Enumerable.Range(1, 8)
            .Select(i => Make($"Incubateur {i}", OrganisationKind.Incubator, Side.France, i % 2 == 0 ? "innovation sociale" : ""))
            .Append(Make("Mairie", OrganisationKind.LocalAuthority, Side.France))
            .ToList();

        var suggestions = For(espace, candidates, count: 3);

        Assert.Equal(3, suggestions.Count);
        Assert.All(suggestions, s => Assert.Contains(new Reason(ReasonKind.SharedKeyword, "innovation"), s.Reasons));
        Assert.DoesNotContain(suggestions, s => s.Candidate.Name == "Mairie");
        Assert.True(suggestions.Zip(suggestions.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }
}
