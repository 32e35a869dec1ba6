namespace Passerelles.Web.Features.Grids;

/// <summary>Finding, moving and removing the elements of a draft by kind and id. Every change checks first that the
/// version is still a draft (<see cref="GridVersion.EnsureDraft"/>).</summary>
public static class DraftElements
{
    public static GridElementKind? ParseKind(string? kind) =>
        Enum.TryParse<GridElementKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !kind!.Any(char.IsDigit) ? parsed : null;

    /// <summary>The element's wording and numbers, or null when the draft holds no such element.</summary>
    public static (string Key, LocalisedText Label, LocalisedText Guidance, decimal? Weight, decimal? Value)? Find(GridVersion version, GridElementKind kind, Guid id) => kind switch
    {
        GridElementKind.Level => version.Levels.FirstOrDefault(l => l.Id == id) is { } l ? (l.Key, l.Label, l.Guidance, null, l.Value) : null,
        GridElementKind.Dimension => version.Dimensions.FirstOrDefault(d => d.Id == id) is { } d ? (d.Key, d.Label, d.Guidance, d.Weight, null) : null,
        GridElementKind.Criterion => version.Criteria.FirstOrDefault(c => c.Id == id) is { } c ? (c.Key, c.Label, c.Guidance, c.Weight, null) : null,
        _ => Indicators(version).FirstOrDefault(i => i.Id == id) is { } i ? (i.Key, i.Label, i.Guidance, null, null) : null,
    };

    public static IEnumerable<GridIndicator> Indicators(GridVersion version) => version.Criteria.SelectMany(c => c.Indicators);

    /// <summary>The keys already used where the element's key must be unique, leaving the element itself out.</summary>
    public static IEnumerable<string> KeysBeside(GridVersion version, GridElementKind kind, Guid? parentId, Guid? elementId) => kind switch
    {
        GridElementKind.Level => version.Levels.Where(l => l.Id != elementId).Select(l => l.Key),
        GridElementKind.Dimension => version.Dimensions.Where(d => d.Id != elementId).Select(d => d.Key),
        GridElementKind.Criterion => version.Criteria.Where(c => c.Id != elementId).Select(c => c.Key),
        _ => version.Criteria.Where(c => c.Id == parentId).SelectMany(c => c.Indicators).Where(i => i.Id != elementId).Select(i => i.Key),
    };

    public static bool TryMove(GridVersion version, string? kindName, Guid id, int direction)
    {
        if (ParseKind(kindName) is not { } kind) return false;
        version.EnsureDraft();
        switch (kind)
        {
            case GridElementKind.Level when version.Levels.FirstOrDefault(l => l.Id == id) is { } level:
                GridVersion.Move(version.Levels, level, direction);
                return true;
            case GridElementKind.Dimension when version.Dimensions.FirstOrDefault(d => d.Id == id) is { } dimension:
                GridVersion.Move(version.Dimensions, dimension, direction);
                return true;
            case GridElementKind.Criterion when version.Dimensions.FirstOrDefault(d => d.Criteria.Any(c => c.Id == id)) is { } parent:
                GridVersion.Move(parent.Criteria, parent.Criteria.Single(c => c.Id == id), direction);
                return true;
            case GridElementKind.Indicator when version.Criteria.FirstOrDefault(c => c.Indicators.Any(i => i.Id == id)) is { } owner:
                GridVersion.Move(owner.Indicators, owner.Indicators.Single(i => i.Id == id), direction);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Removes an element with everything under it, and closes the gap in the order.</summary>
    public static bool Remove(GridVersion version, GridElementKind kind, Guid id)
    {
        version.EnsureDraft();
        switch (kind)
        {
            case GridElementKind.Level when version.Levels.FirstOrDefault(l => l.Id == id) is { } level:
                version.Levels.Remove(level);
                GridVersion.Renumber(version.Levels);
                return true;
            case GridElementKind.Dimension when version.Dimensions.FirstOrDefault(d => d.Id == id) is { } dimension:
                version.Dimensions.Remove(dimension);
                GridVersion.Renumber(version.Dimensions);
                return true;
            case GridElementKind.Criterion when version.Dimensions.FirstOrDefault(d => d.Criteria.Any(c => c.Id == id)) is { } parent:
                parent.Criteria.RemoveAll(c => c.Id == id);
                GridVersion.Renumber(parent.Criteria);
                return true;
            case GridElementKind.Indicator when version.Criteria.FirstOrDefault(c => c.Indicators.Any(i => i.Id == id)) is { } owner:
                owner.Indicators.RemoveAll(i => i.Id == id);
                GridVersion.Renumber(owner.Indicators);
                return true;
            default:
                return false;
        }
    }
}
