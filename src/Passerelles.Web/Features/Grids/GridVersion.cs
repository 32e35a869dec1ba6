namespace Passerelles.Web.Features.Grids;

public enum GridStatus
{
    Draft,
    Published,
}

/// <summary>How a grid's levels are expressed: words only (absent, emerging, present, strong: their order is what
/// counts), or numbers (each level carries a value).</summary>
public enum ScaleKind
{
    Qualitative,
    Numeric,
}

/// <summary>One version of a grid: its wording, level scale, weights and structure (dimensions → criteria → optional
/// indicators). A draft is edited; publishing freezes it for good, and an assessment pins the published version it
/// used. Further changes go into a new draft copied from the latest published version.</summary>
public sealed class GridVersion : AuditedEntity
{
    public const int MaxLevels = 10;
    public const int MaxDimensions = 30;
    public const int MaxCriteriaPerDimension = 40;
    public const int MaxIndicatorsPerCriterion = 20;
    public const decimal MaxWeight = 1000m;
    public const decimal MaxLevelValue = 1_000_000m;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid GridId { get; set; }
    public Grid Grid { get; set; } = null!;

    /// <summary>1, 2, 3… in the order the versions were started.</summary>
    public int Number { get; set; }
    public GridStatus Status { get; private set; } = GridStatus.Draft;
    public Instant? PublishedAt { get; private set; }
    public Guid? PublishedBy { get; private set; }

    public LocalisedText Title { get; set; } = LocalisedText.Empty;
    public LocalisedText Guidance { get; set; } = LocalisedText.Empty;

    /// <summary>Whether a total means anything. Some grids are deliberately unscored: their answers are read one by one
    /// and no total is ever shown (see <see cref="Scoring"/>).</summary>
    public bool IsScored { get; set; }
    public ScaleKind ScaleKind { get; set; }

    public List<GridLevel> Levels { get; set; } = [];
    public List<GridDimension> Dimensions { get; set; } = [];

    public bool IsFrozen => Status == GridStatus.Published;

    public IEnumerable<GridCriterion> Criteria => Dimensions.OrderBy(d => d.Position).SelectMany(d => d.Criteria.OrderBy(c => c.Position));

    /// <summary>The message to show when someone tries to change a published version, or null for a draft.</summary>
    public string? CannotEdit() => IsFrozen ? "A published version is frozen: edit a new draft instead." : null;

    /// <summary>Throws when the version is published; every change to a version's structure goes through here first.</summary>
    public void EnsureDraft()
    {
        if (CannotEdit() is { } problem) throw new GridRuleException(problem);
    }

    /// <summary>What stops this draft from being published, as message keys (empty when it can be published). Needs the
    /// whole structure loaded.</summary>
    public IReadOnlyList<string> PublishProblems()
    {
        var problems = new List<string>();
        if (CannotEdit() is { } frozen) problems.Add(frozen);
        if (!Title.IsComplete) problems.Add("The title is needed in the three languages.");
        if (Levels.Count < 2) problems.Add("A scale needs at least two levels.");
        if (ScaleKind == ScaleKind.Numeric)
        {
            if (Levels.Any(l => l.Value is null)) problems.Add("Each level of a numeric scale needs a value.");
            else if (!Rising(Levels.OrderBy(l => l.Position).Select(l => l.Value!.Value).ToList()))
                problems.Add("The values of the levels rise from the first level to the last.");
        }
        if (Dimensions.Count == 0) problems.Add("A grid needs at least one dimension.");
        if (Dimensions.Any(d => d.Criteria.Count == 0)) problems.Add("Each dimension needs at least one criterion.");
        if (IsScored && (Dimensions.Sum(d => d.Weight) <= 0 || Dimensions.Any(d => d.Criteria.Count > 0 && d.Criteria.Sum(c => c.Weight) <= 0)))
            problems.Add("A scored grid needs weights above zero in each dimension and overall.");
        if (Levels.Any(l => !l.Label.IsComplete) || Dimensions.Any(d => !d.Label.IsComplete) ||
            Criteria.Any(c => !c.Label.IsComplete || c.Indicators.Any(i => !i.Label.IsComplete)))
            problems.Add("Every label is needed in the three languages.");
        return problems;
    }

    private static bool Rising(IReadOnlyList<decimal> values) => values.Zip(values.Skip(1)).All(p => p.First < p.Second);

    public void Publish(Instant at, Guid? by)
    {
        if (PublishProblems() is [var problem, ..]) throw new GridRuleException(problem);
        Status = GridStatus.Published;
        PublishedAt = at;
        PublishedBy = by;
    }

    /// <summary>A new draft holding the same wording, scale and structure, with new ids.</summary>
    public GridVersion CopyAsDraft(int number) => new()
    {
        GridId = GridId,
        Number = number,
        Title = Title,
        Guidance = Guidance,
        IsScored = IsScored,
        ScaleKind = ScaleKind,
        Levels = Levels.OrderBy(l => l.Position).Select(l => new GridLevel
        {
            Position = l.Position, Key = l.Key, Label = l.Label, Guidance = l.Guidance, Value = l.Value,
        }).ToList(),
        Dimensions = Dimensions.OrderBy(d => d.Position).Select(d => new GridDimension
        {
            Position = d.Position, Key = d.Key, Label = d.Label, Guidance = d.Guidance, Weight = d.Weight,
            Criteria = d.Criteria.OrderBy(c => c.Position).Select(c => new GridCriterion
            {
                Position = c.Position, Key = c.Key, Label = c.Label, Guidance = c.Guidance, Weight = c.Weight,
                Indicators = c.Indicators.OrderBy(i => i.Position).Select(i => new GridIndicator
                {
                    Position = i.Position, Key = i.Key, Label = i.Label, Guidance = i.Guidance,
                }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    /// <summary>Gives the positions 1, 2, 3… in the current order, after an element was moved or removed.</summary>
    public static void Renumber<T>(IEnumerable<T> elements) where T : IPositioned
    {
        var position = 1;
        foreach (var element in elements.OrderBy(e => e.Position)) element.Position = position++;
    }

    /// <summary>Swaps an element with its neighbour above (-1) or below (+1); nothing happens at either end.</summary>
    public static void Move<T>(IList<T> siblings, T element, int direction) where T : IPositioned
    {
        var ordered = siblings.OrderBy(e => e.Position).ToList();
        var index = ordered.IndexOf(element);
        var other = index + direction;
        if (index < 0 || other < 0 || other >= ordered.Count) return;
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i + 1;
    }
}

/// <summary>An element kept in an order chosen by the grid's authors.</summary>
public interface IPositioned
{
    int Position { get; set; }
}

/// <summary>A dimension, criterion or level: in the authors' order, named in files by its key, with a label and
/// guidance in each language.</summary>
public abstract class KeyedGridElement : IPositioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int Position { get; set; }
    public string Key { get; set; } = "";
    public LocalisedText Label { get; set; } = LocalisedText.Empty;
    public LocalisedText Guidance { get; set; } = LocalisedText.Empty;
}

public static class KeyedGridElementMapping
{
    public static void IsKeyedGridElement<T>(this EntityTypeBuilder<T> builder) where T : KeyedGridElement
    {
        builder.Property(e => e.Key).HasMaxLength(Grid.KeyMaxLength);
        builder.ComplexProperty(e => e.Label, t => t.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.ComplexProperty(e => e.Guidance, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
    }
}

public sealed class GridVersionConfiguration : IEntityTypeConfiguration<GridVersion>
{
    public void Configure(EntityTypeBuilder<GridVersion> builder)
    {
        builder.HasIndex(v => new { v.GridId, v.Number }).IsUnique();
        builder.Ignore(v => v.Criteria);
        builder.ComplexProperty(v => v.Title, t => t.IsLocalised(LocalisedTextMapping.LabelMaxLength));
        builder.ComplexProperty(v => v.Guidance, t => t.IsLocalised(LocalisedTextMapping.GuidanceMaxLength));
        builder.HasMany(v => v.Levels).WithOne().HasForeignKey(l => l.GridVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Dimensions).WithOne().HasForeignKey(d => d.GridVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
