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

    private static Suggestion Score(Profile organisation, HashSet<string> themes, IReadOnlyDictionary<string, string> keywords, Profile candidate)
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
        var theirs = Keywords(candidate.Name + " " + candidate.Description);
        foreach (var keyword in theirs.Keys.Where(keywords.ContainsKey).Order(StringComparer.Ordinal).Take(MaxKeywordReasons))
        {
            // As the organisation writes it; in lower case if only the candidate does ("Logement" heading a sentence).
            var written = keywords[keyword] == keywords[keyword].ToLowerInvariant() || theirs[keyword] != theirs[keyword].ToLowerInvariant()
                ? keywords[keyword]
                : keywords[keyword].ToLowerInvariant();
            reasons.Add(new(ReasonKind.SharedKeyword, written));
            score += SharedKeywordPoints;
        }
        return new Suggestion(candidate, score, reasons);
    }

    /// <summary>The meaningful words of a text, folded (lower case, no accents), each with the way the text writes it
    /// (in lower case if the text ever does: "Économie" at the head of a sentence is "économie" further on). Short
    /// words and stop words (<see cref="StopWords"/>) are left out, so that "des jeunes" and "Jeunes" meet on
    /// "jeunes", and "ans" or "dont" explain nothing.</summary>
    public static IReadOnlyDictionary<string, string> Keywords(string text)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var written = text[start..i];
            var folded = Organisation.SearchKey(written);
            start = -1;
            if (folded.Length < 3 || StopWords.Contains(folded)) continue;
            if (!words.TryGetValue(folded, out var known) || (known != known.ToLowerInvariant() && written == written.ToLowerInvariant()))
            {
                words[folded] = written;
            }
        }
        return words;
    }

    /// <summary>French (and a few English) words that carry no subject: the Snowball French list, with the everyday
    /// words of profiles ("ans", "lieu", "part"…), folded like the keywords. Kept in FrenchStopWords.txt, one a line.</summary>
    private static readonly HashSet<string> StopWords = LoadStopWords();

    private static HashSet<string> LoadStopWords()
    {
        using var stream = typeof(CounterpartSuggestions).Assembly.GetManifestResourceStream(typeof(CounterpartSuggestions).Namespace + ".FrenchStopWords.txt")
            ?? throw new InvalidOperationException("The French stop words are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(Organisation.SearchKey)
            .ToHashSet(StringComparer.Ordinal);
    }
}
