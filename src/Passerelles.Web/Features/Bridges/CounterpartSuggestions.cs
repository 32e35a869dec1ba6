using Passerelles.Web.Features.Organisations;

namespace Passerelles.Web.Features.Bridges;

/// <summary>Finds, on the other side of the ocean, the organisations most like a given one: the likely counterparts to
/// introduce it to. Scores are small whole numbers so that the reasons shown explain them completely.</summary>
public static class CounterpartSuggestions
{
    public const int SameKindPoints = 3;
    public const int SimilarRolePoints = 2;
    public const int SharedThemePoints = 2;
    public const int SharedKeywordPoints = 1;
    public const int MaxKeywordReasons = 3;

    public sealed record Profile(Guid Id, string Name, OrganisationKind Kind, Side Side, string Description, IReadOnlyCollection<string> Themes);

    public enum ReasonKind { SameKind, SimilarRole, SharedTheme, SharedKeyword }

    /// <summary>One reason a candidate was suggested. <see cref="Value"/> is an organisation kind, a role, a theme
    /// name or a keyword, to be labelled by the page in the viewer's language.</summary>
    public sealed record Reason(ReasonKind Kind, string Value);

    public sealed record Suggestion(Profile Candidate, int Score, IReadOnlyList<Reason> Reasons);

    /// <summary>Roles that organisations of different kinds share: an incubator and a territorial cluster both
    /// accompany projects; a college and a research body both train and study.</summary>
    public enum Role { ProjectSupport, YouthHousing, Network, Funding, TrainingAndResearch, SocialEnterprise }

    public static Role RoleOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Incubator or OrganisationKind.TransferCentre or OrganisationKind.TerritorialCluster => Role.ProjectSupport,
        OrganisationKind.YouthHousing => Role.YouthHousing,
        OrganisationKind.Network => Role.Network,
        OrganisationKind.Funder or OrganisationKind.PublicBody or OrganisationKind.LocalAuthority => Role.Funding,
        OrganisationKind.College or OrganisationKind.ResearchBody => Role.TrainingAndResearch,
        _ => Role.SocialEnterprise,
    };

    public static IReadOnlyList<Suggestion> For(Profile organisation, IEnumerable<Profile> candidates, int count = 5)
    {
        var keywords = Keywords(organisation.Name + " " + organisation.Description);
        var themes = organisation.Themes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return candidates
            .Where(c => c.Id != organisation.Id && c.Side != organisation.Side)
            .Select(c => Score(organisation, themes, keywords, c))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Candidate.Name, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private static Suggestion Score(Profile organisation, HashSet<string> themes, IReadOnlySet<string> keywords, Profile candidate)
    {
        var reasons = new List<Reason>();
        var score = 0;
        if (candidate.Kind == organisation.Kind)
        {
            reasons.Add(new(ReasonKind.SameKind, candidate.Kind.ToString()));
            score += SameKindPoints;
        }
        else if (RoleOf(candidate.Kind) == RoleOf(organisation.Kind))
        {
            reasons.Add(new(ReasonKind.SimilarRole, RoleOf(candidate.Kind).ToString()));
            score += SimilarRolePoints;
        }
        foreach (var theme in candidate.Themes.Where(themes.Contains).Order(StringComparer.Ordinal))
        {
            reasons.Add(new(ReasonKind.SharedTheme, theme));
            score += SharedThemePoints;
        }
        var shared = Keywords(candidate.Name + " " + candidate.Description).Where(keywords.Contains).Order(StringComparer.Ordinal).Take(MaxKeywordReasons);
        foreach (var keyword in shared)
        {
            reasons.Add(new(ReasonKind.SharedKeyword, keyword));
            score += SharedKeywordPoints;
        }
        return new Suggestion(candidate, score, reasons);
    }

    /// <summary>The meaningful words of a text, folded (lower case, no accents): short words and French and English
    /// stop words are left out, so that "des jeunes" and "Jeunes" meet on "jeunes".</summary>
    public static IReadOnlySet<string> Keywords(string text)
    {
        var folded = Organisation.SearchKey(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var word = folded[start..i];
            if (word.Length >= 3 && !StopWords.Contains(word)) words.Add(word);
            start = -1;
        }
        return words;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "les", "des", "une", "aux", "pour", "par", "sur", "dans", "avec", "sans", "qui", "que", "quoi", "dont", "est",
        "sont", "son", "ses", "leur", "leurs", "nos", "notre", "vos", "votre", "cet", "cette", "ces", "elle", "ils",
        "elles", "nous", "vous", "plus", "moins", "tout", "tous", "toute", "toutes", "ainsi", "entre", "chez", "vers",
        "depuis", "pas", "mais", "comme", "aussi", "tres", "ete", "etre", "avoir", "fait", "faire", "afin", "lors",
        "sous", "apres", "avant", "ont", "sud", "nord", "the", "and", "for", "with",
    };
}
