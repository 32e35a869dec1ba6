namespace Passerelles.Web.Features.Projects;

/// <summary>An incubator's stage model as a whole: the default one a new incubator starts from, and the rules of
/// reordering.</summary>
public static class StageModel
{
    /// <summary>One stage per canonical stage, named in each side's usage; the incubator renames or subdivides them
    /// as it likes.</summary>
    public static IReadOnlyList<IncubatorStage> Default(Guid incubatorId) =>
    [
        Stage(incubatorId, 1, CanonicalStage.Awareness, "Awareness", "Sensibilisation", "Sensibilisation"),
        Stage(incubatorId, 2, CanonicalStage.Ideation, "Ideation", "Idéation", "Émergence"),
        Stage(incubatorId, 3, CanonicalStage.PreIncubation, "Pre-incubation", "Prédémarrage", "Pré-incubation"),
        Stage(incubatorId, 4, CanonicalStage.Incubation, "Incubation", "Incubation", "Incubation"),
        Stage(incubatorId, 5, CanonicalStage.Launch, "Launch", "Démarrage", "Création"),
        Stage(incubatorId, 6, CanonicalStage.Growth, "Growth", "Consolidation", "Changement d'échelle"),
        Stage(incubatorId, 7, CanonicalStage.Exit, "Exit", "Sortie", "Sortie"),
    ];

    /// <summary>Gives the incubator the default stage model if it has no stage yet; returns whether it did.</summary>
    public static async Task<bool> EnsureAsync(AppDbContext db, Guid incubatorId)
    {
        if (await db.IncubatorStages.AnyAsync(s => s.IncubatorId == incubatorId)) return false;
        db.IncubatorStages.AddRange(Default(incubatorId));
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Swaps <paramref name="stage"/> with its neighbour before (up) or after (down) it in
    /// <paramref name="stages"/>, then numbers them all from 1 again. Returns false when there is no such neighbour.</summary>
    public static bool Move(IReadOnlyList<IncubatorStage> stages, Guid stageId, bool up)
    {
        var ordered = stages.OrderBy(s => s.Position).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        var index = ordered.FindIndex(s => s.Id == stageId);
        var other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.Count) return false;
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i + 1;
        return true;
    }

    /// <summary>Numbers stages 1, 2, 3… in their current order, closing any gap a deletion left.</summary>
    public static void Renumber(IEnumerable<IncubatorStage> stages)
    {
        var position = 1;
        foreach (var stage in stages.OrderBy(s => s.Position).ThenBy(s => s.Name, StringComparer.Ordinal).ToList()) stage.Position = position++;
    }

    private static IncubatorStage Stage(Guid incubatorId, int position, CanonicalStage canonical, string name, string quebec, string france) =>
        new() { IncubatorId = incubatorId, Position = position, CanonicalStage = canonical, Name = name, QuebecLabel = quebec, FranceLabel = france };
}
