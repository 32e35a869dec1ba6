namespace Passerelles.Web.Features.Grids;

/// <summary>A declared correspondence between two published versions of the same grid: which criterion of the earlier
/// version each criterion of the later one continues. Answers given on two versions are compared only through such a
/// mapping, and only for the criteria it links; a criterion left out of the mapping is new and has no past.</summary>
public sealed class GridVersionMapping : AuditedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid FromVersionId { get; set; }
    public Guid ToVersionId { get; set; }
    public Instant DeclaredAt { get; set; }
    public Guid? DeclaredBy { get; set; }
    public List<GridCriterionLink> Links { get; set; } = [];

    public const string NotMapped = "These two versions of the grid cannot be compared: nobody has declared how their criteria correspond.";

    /// <summary>Why answers given on these two versions cannot be compared, or null when they can: the same version
    /// always can; two versions need a mapping declared between them, in either direction.</summary>
    public static string? CannotCompare(Guid versionA, Guid versionB, GridVersionMapping? mapping)
    {
        if (versionA == versionB) return null;
        if (mapping is null || !(mapping.FromVersionId == versionA && mapping.ToVersionId == versionB ||
                                 mapping.FromVersionId == versionB && mapping.ToVersionId == versionA))
            return NotMapped;
        return null;
    }

    /// <summary>The criterion of the later version continuing this one of the earlier version, if any.</summary>
    public Guid? Continuation(Guid fromCriterionId) => Links.FirstOrDefault(l => l.FromCriterionId == fromCriterionId)?.ToCriterionId;

    /// <summary>Answers given on <paramref name="source"/> read on <paramref name="target"/>, the other version of this
    /// mapping (either direction): each answer moves to the criteria linked to its own, with the level of the same key on
    /// the target's scale ("not applicable" stays so). A criterion without counterpart, or answered with a level the
    /// target's scale lacks, is left out and listed, never guessed; so are criteria merged into one whose answers differ.</summary>
    public MappedAnswers Translate(GridVersion source, GridVersion target, IEnumerable<Answer> answers)
    {
        var forward = source.Id == FromVersionId && target.Id == ToVersionId;
        if (!forward && !(source.Id == ToVersionId && target.Id == FromVersionId))
            throw new ArgumentException("The mapping does not link these two versions.");
        var counterparts = Links.ToLookup(l => forward ? l.FromCriterionId : l.ToCriterionId, l => forward ? l.ToCriterionId : l.FromCriterionId);
        var targetLevels = target.Levels.ToDictionary(l => l.Key, l => l.Id, StringComparer.Ordinal);
        var sourceLevels = source.Levels.ToDictionary(l => l.Id, l => l.Key);
        var carried = new List<(Guid Source, Answer Answer)>();
        var leftOut = new List<Guid>();
        foreach (var answer in answers)
        {
            var criteria = counterparts[answer.CriterionId].ToList();
            var level = answer.LevelId is { } l && sourceLevels.TryGetValue(l, out var key) && targetLevels.TryGetValue(key, out var found) ? found : (Guid?)null;
            if (criteria.Count == 0 || !answer.NotApplicable && level is null)
            {
                leftOut.Add(answer.CriterionId);
                continue;
            }
            carried.AddRange(criteria.Select(c => (answer.CriterionId, answer.NotApplicable ? Answer.NotApplicableTo(c) : Answer.Level(c, level!.Value))));
        }
        var mapped = new List<Answer>();
        foreach (var group in carried.GroupBy(c => c.Answer.CriterionId))
        {
            if (group.Select(c => c.Answer).Distinct().Count() == 1) mapped.Add(group.First().Answer);
            else leftOut.AddRange(group.Select(c => c.Source).Where(s => !leftOut.Contains(s)));
        }
        return new MappedAnswers(mapped, leftOut);
    }

    /// <summary>Why the two versions cannot be mapped, or null: two published versions of the same grid, the earlier
    /// one first.</summary>
    public static string? CannotMap(GridVersion from, GridVersion to)
    {
        if (from.GridId != to.GridId) return "Only two versions of the same grid can be mapped.";
        if (from.Status != GridStatus.Published || to.Status != GridStatus.Published) return "Only published versions can be mapped.";
        if (from.Number >= to.Number) return "Map an earlier version to a later one.";
        return null;
    }
}

/// <summary>Answers carried over to another version through a mapping, and the criteria (of the version they were
/// given on) that could not be carried over.</summary>
public sealed record MappedAnswers(IReadOnlyList<Answer> Answers, IReadOnlyList<Guid> LeftOut);

/// <summary>"Criterion X of the earlier version is continued by criterion Y of the later one."</summary>
public sealed class GridCriterionLink
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MappingId { get; set; }
    public Guid FromCriterionId { get; set; }
    public Guid ToCriterionId { get; set; }
}

public sealed class GridVersionMappingConfiguration : IEntityTypeConfiguration<GridVersionMapping>
{
    public void Configure(EntityTypeBuilder<GridVersionMapping> builder)
    {
        builder.HasOne<GridVersion>().WithMany().HasForeignKey(m => m.FromVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GridVersion>().WithMany().HasForeignKey(m => m.ToVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.FromVersionId, m.ToVersionId }).IsUnique();
        builder.HasMany(m => m.Links).WithOne().HasForeignKey(l => l.MappingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class GridCriterionLinkConfiguration : IEntityTypeConfiguration<GridCriterionLink>
{
    public void Configure(EntityTypeBuilder<GridCriterionLink> builder)
    {
        builder.HasOne<GridCriterion>().WithMany().HasForeignKey(l => l.FromCriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GridCriterion>().WithMany().HasForeignKey(l => l.ToCriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.MappingId, l.ToCriterionId }).IsUnique();
    }
}
