namespace Passerelles.Web.Features.Grids;

/// <summary>Imports a grid file as a draft: a new grid when its key is unknown, otherwise the next version of that grid.
/// A file with any problem is refused whole, each problem shown with its place in the file; nothing is stored.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>Room for a file somewhat over the limit to arrive, so that it is refused with a message rather than cut off.</summary>
    public const int MaxRequestBytes = 4 * GridFile.MaxBytes;

    public sealed class ImportForm
    {
        [Required(ErrorMessage = "Choose a file.")]
        [Display(Name = "Grid file (JSON)")]
        public IFormFile? File { get; set; }
    }

    [BindProperty] public ImportForm Input { get; set; } = new();

    /// <summary>Each problem of the file, already in the reader's language: "$.dimensions[0].labels.en: missing".</summary>
    public IReadOnlyList<(string Path, string Reason)> FileErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => (await actors.GetAsync()).MayEditGrids() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await actors.GetAsync()).MayEditGrids()) return Forbid();
        const string field = $"{nameof(Input)}.{nameof(Input.File)}";
        if (Input.File is not { } file) return Page();
        if (file.Length > GridFile.MaxBytes)
        {
            ModelState.AddModelError(field, t["The file is too large: at most {0} KB.", GridFile.MaxBytes / 1024]);
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var (definition, errors) = GridFile.Read(buffer.ToArray());
        var problems = errors.ToList();
        Grid? existing = null;
        if (definition is not null)
        {
            existing = await GridLoader.LoadGridAsync(db, await db.Grids.Where(g => g.Key == definition.Key).Select(g => g.Id).SingleOrDefaultAsync());
            if (existing is not null && existing.Subject != GridFile.SubjectOf(definition))
                problems.Add(new GridFileError("$.subject", GridFile.SubjectDiffers));
            if (existing?.Draft is not null)
                problems.Add(new GridFileError("$.key", GridFile.DraftInProgress));
        }
        if (problems.Count > 0)
        {
            FileErrors = problems.Select(e => (e.Path, t[e.Reason, e.Arguments.Select(a => Convert.ToString(a, CultureInfo.CurrentCulture)!).ToArray<object>()].Value)).ToList();
            ModelState.AddModelError(field, t["The file was not imported: correct the problems below and try again."]);
            return Page();
        }

        var grid = existing ?? new Grid { Key = definition!.Key, Subject = GridFile.SubjectOf(definition) };
        var draft = GridFile.ToDraft(definition!, grid.Id, existing is null ? 1 : existing.Versions.Max(v => v.Number) + 1);
        if (existing is null) db.Grids.Add(grid);
        db.GridVersions.Add(draft);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The file was imported as draft version {0}. Review it, then publish it.", draft.Number].Value;
        return Redirect($"/grids/versions/{draft.Id}/edit");
    }
}
