namespace Passerelles.Web.Features.Grids;

/// <summary>Declares which criterion of an earlier published version each criterion of this published version
/// continues. Without such a mapping, answers given on the two versions are never compared.</summary>
public sealed class MappingModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Choice(Guid Id, string Label);
    public sealed record Row(Guid CriterionId, string Dimension, string Label);

    /// <summary>For each criterion of this version, the criterion of the earlier version it continues (none: it is new).</summary>
    [BindProperty] public Dictionary<Guid, Guid?> Links { get; set; } = [];

    public GridVersion To { get; private set; } = null!;
    public GridVersion From { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, int Number)> Earlier { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Choice> Choices { get; private set; } = [];
    public bool AlreadyDeclared { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? from)
    {
        if (await LoadAsync(id, from) is { } refused) return refused;
        var mapping = await ExistingAsync(tracked: false);
        AlreadyDeclared = mapping is not null;
        Links = mapping is null
            ? Rows.ToDictionary(r => r.CriterionId, r => SameKey(r.CriterionId))
            : Rows.ToDictionary(r => r.CriterionId, r => mapping.Links.FirstOrDefault(l => l.ToCriterionId == r.CriterionId)?.FromCriterionId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? from)
    {
        if (await LoadAsync(id, from) is { } refused) return refused;
        var fromCriteria = From.Criteria.Select(c => c.Id).ToHashSet();
        foreach (var (to, source) in Links)
        {
            if (Rows.All(r => r.CriterionId != to) || source is { } s && !fromCriteria.Contains(s))
                ModelState.AddModelError($"Links[{to}]", t["This value is not valid."]);
        }
        if (!ModelState.IsValid) return Page();

        var mapping = await ExistingAsync(tracked: true);
        if (mapping is null)
        {
            mapping = new GridVersionMapping { FromVersionId = From.Id, ToVersionId = To.Id };
            db.GridVersionMappings.Add(mapping);
        }
        else db.GridCriterionLinks.RemoveRange(mapping.Links);
        mapping.DeclaredAt = Instant.FromDateTimeOffset(clock.GetUtcNow());
        mapping.DeclaredBy = User.UserId();
        mapping.Links = Links.Where(l => l.Value is not null)
            .Select(l => new GridCriterionLink { MappingId = mapping.Id, FromCriterionId = l.Value!.Value, ToCriterionId = l.Key })
            .ToList();
        db.GridCriterionLinks.AddRange(mapping.Links);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The mapping from version {0} to version {1} was saved: their answers can now be compared.", From.Number, To.Number].Value;
        return Redirect($"/grids/versions/{To.Id}");
    }

    private Guid? SameKey(Guid toCriterionId)
    {
        var key = To.Criteria.Single(c => c.Id == toCriterionId).Key;
        return From.Criteria.FirstOrDefault(c => c.Key == key)?.Id;
    }

    private Task<GridVersionMapping?> ExistingAsync(bool tracked)
    {
        var mappings = tracked ? db.GridVersionMappings : db.GridVersionMappings.AsNoTracking();
        return mappings.Include(m => m.Links).SingleOrDefaultAsync(m => m.FromVersionId == From.Id && m.ToVersionId == To.Id);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid? from)
    {
        if (!(await actors.GetAsync()).MayEditGrids()) return Forbid();
        if (await GridLoader.LoadVersionAsync(db, id, tracked: false) is not { } to) return NotFound();
        To = to;
        Earlier = await db.GridVersions.AsNoTracking()
            .Where(v => v.GridId == to.GridId && v.Status == GridStatus.Published && v.Number < to.Number)
            .OrderByDescending(v => v.Number).Select(v => new ValueTuple<Guid, int>(v.Id, v.Number)).ToListAsync();
        var fromId = from ?? (Earlier.Count > 0 ? Earlier[0].Id : (Guid?)null);
        if (fromId is null || await GridLoader.LoadVersionAsync(db, fromId.Value, tracked: false) is not { } earlier) return NotFound();
        if (GridVersionMapping.CannotMap(earlier, to) is { } problem)
        {
            TempData["Notice"] = t[problem].Value;
            return Redirect($"/grids/versions/{id}");
        }
        From = earlier;
        Rows = to.Dimensions.OrderBy(d => d.Position)
            .SelectMany(d => d.Criteria.OrderBy(c => c.Position).Select(c => new Row(c.Id, d.Label.ForCurrentCulture(), c.Label.ForCurrentCulture())))
            .ToList();
        Choices = earlier.Criteria.Select(c => new Choice(c.Id, c.Label.ForCurrentCulture())).ToList();
        return null;
    }
}
