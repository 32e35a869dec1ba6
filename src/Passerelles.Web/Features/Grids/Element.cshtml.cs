namespace Passerelles.Web.Features.Grids;

/// <summary>Adds or edits one element of a draft: a level of the scale, a dimension, a criterion (in a dimension) or an
/// indicator (under a criterion). The key is made from the English label when left empty.</summary>
public sealed class ElementModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : GridDraftPageModel(db, actors, t)
{
    [BindProperty] public ElementForm Input { get; set; } = new();

    public bool IsNew { get; private set; }
    public string? ParentName { get; private set; }

    public bool HasWeight => Kind is GridElementKind.Dimension or GridElementKind.Criterion;
    public bool HasValue => Kind == GridElementKind.Level && Draft.ScaleKind == ScaleKind.Numeric;

    public async Task<IActionResult> OnGetAsync(Guid versionId, string kind, Guid? elementId, Guid? parent)
    {
        if (await LoadAsync(versionId, kind, elementId, parent, tracked: false) is { } refused) return refused;
        if (elementId is { } id && DraftElements.Find(Draft, Kind, id) is { } element)
            Input = ElementForm.From(element.Key, element.Label, element.Guidance, element.Weight, element.Value);
        else if (HasWeight) Input.Weight = 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid versionId, string kind, Guid? elementId, Guid? parent)
    {
        if (await LoadAsync(versionId, kind, elementId, parent, tracked: true) is { } refused) return refused;
        if (HasValue && Input.Value is null && ModelState.GetFieldValidationState($"{nameof(Input)}.{nameof(Input.Value)}") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Value)}", T["Each level of a numeric scale needs a value."]);
        var parentId = ParentOf(elementId, parent);
        var taken = DraftElements.KeysBeside(Draft, Kind, parentId, elementId).ToHashSet();
        if (!string.IsNullOrEmpty(Input.Key) && taken.Contains(Input.Key))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Key)}", T["This key is already used here."]);
        if (IsNew && TooMany(parentId))
            ModelState.AddModelError("", T["This part of the grid is full: remove an element before adding another."]);
        if (!ModelState.IsValid) return Page();

        var key = string.IsNullOrEmpty(Input.Key) ? FreeKey(Grid.KeyFrom(Input.LabelEn!), taken) : Input.Key;
        Save(elementId, parentId, key);
        await Db.SaveChangesAsync();
        TempData["Notice"] = T["The draft was saved."].Value;
        return Redirect($"/grids/versions/{versionId}/edit");
    }

    private void Save(Guid? elementId, Guid? parentId, string key)
    {
        Draft.EnsureDraft();
        var weight = Input.Weight ?? 1;
        switch (Kind)
        {
            case GridElementKind.Level:
                var level = elementId is { } l ? Draft.Levels.Single(x => x.Id == l) : Added(Draft.Levels, new GridLevel { GridVersionId = Draft.Id });
                (level.Key, level.Label, level.Guidance, level.Value) = (key, Input.ToLabel(), Input.ToGuidance(), HasValue ? Input.Value : null);
                break;
            case GridElementKind.Dimension:
                var dimension = elementId is { } d ? Draft.Dimensions.Single(x => x.Id == d) : Added(Draft.Dimensions, new GridDimension { GridVersionId = Draft.Id });
                (dimension.Key, dimension.Label, dimension.Guidance, dimension.Weight) = (key, Input.ToLabel(), Input.ToGuidance(), weight);
                break;
            case GridElementKind.Criterion:
                var inDimension = Draft.Dimensions.Single(x => x.Id == parentId);
                var criterion = elementId is { } c ? inDimension.Criteria.Single(x => x.Id == c) : Added(inDimension.Criteria, new GridCriterion { GridDimensionId = inDimension.Id });
                (criterion.Key, criterion.Label, criterion.Guidance, criterion.Weight) = (key, Input.ToLabel(), Input.ToGuidance(), weight);
                break;
            default:
                var underCriterion = Draft.Criteria.Single(x => x.Id == parentId);
                var indicator = elementId is { } i ? underCriterion.Indicators.Single(x => x.Id == i) : Added(underCriterion.Indicators, new GridIndicator { GridCriterionId = underCriterion.Id });
                (indicator.Key, indicator.Label, indicator.Guidance) = (key, Input.ToLabel(), Input.ToGuidance());
                break;
        }
    }

    private T Added<T>(List<T> siblings, T element) where T : class, IPositioned
    {
        element.Position = siblings.Count == 0 ? 1 : siblings.Max(s => s.Position) + 1;
        siblings.Add(element);
        Db.Add(element);
        return element;
    }

    private bool TooMany(Guid? parentId) => Kind switch
    {
        GridElementKind.Level => Draft.Levels.Count >= GridVersion.MaxLevels,
        GridElementKind.Dimension => Draft.Dimensions.Count >= GridVersion.MaxDimensions,
        GridElementKind.Criterion => Draft.Dimensions.Single(d => d.Id == parentId).Criteria.Count >= GridVersion.MaxCriteriaPerDimension,
        _ => Draft.Criteria.Single(c => c.Id == parentId).Indicators.Count >= GridVersion.MaxIndicatorsPerCriterion,
    };

    private static string FreeKey(string wanted, HashSet<string> taken)
    {
        var key = wanted;
        for (var n = 2; taken.Contains(key); n++) key = $"{wanted[..Math.Min(wanted.Length, Grid.KeyMaxLength - 4)]}-{n}";
        return key;
    }

    /// <summary>The dimension of a criterion, or the criterion of an indicator: the element's own when it exists,
    /// otherwise the one named in the address.</summary>
    private Guid? ParentOf(Guid? elementId, Guid? parent) => (Kind, elementId) switch
    {
        (GridElementKind.Criterion, { } id) => Draft.Dimensions.FirstOrDefault(d => d.Criteria.Any(c => c.Id == id))?.Id,
        (GridElementKind.Indicator, { } id) => Draft.Criteria.FirstOrDefault(c => c.Indicators.Any(i => i.Id == id))?.Id,
        _ => parent,
    };

    private async Task<IActionResult?> LoadAsync(Guid versionId, string kind, Guid? elementId, Guid? parent, bool tracked)
    {
        if (await LoadDraftAsync(versionId, tracked, kind) is { } refused) return refused;
        IsNew = elementId is null;
        if (elementId is { } id && DraftElements.Find(Draft, Kind, id) is null) return NotFound();
        var parentId = ParentOf(elementId, parent);
        ParentName = Kind switch
        {
            GridElementKind.Criterion => Draft.Dimensions.FirstOrDefault(d => d.Id == parentId)?.Label.ForCurrentCulture(),
            GridElementKind.Indicator => Draft.Criteria.FirstOrDefault(c => c.Id == parentId)?.Label.ForCurrentCulture(),
            _ => "",
        };
        return ParentName is null ? NotFound() : null;
    }
}
