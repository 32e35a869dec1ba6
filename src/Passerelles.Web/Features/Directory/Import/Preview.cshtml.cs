namespace Passerelles.Web.Features.Directory.Import;

/// <summary>What an uploaded file would do, row by row; confirming queues it, and the page then follows its progress.</summary>
[Authorize(Policy = Policies.NetworkAdministrator)]
public sealed class PreviewModel(AppDbContext db, ImportRunner runner, ImportQueue queue, ImportProgress progress, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Progress(Guid Id, ImportStatus Status, int Done, int Total, int Created, int Updated, int Unchanged, string Failure)
    {
        public int Percent => Status == ImportStatus.Completed ? 100 : Total == 0 ? 0 : Done * 100 / Total;
        public bool IsUnderway => Status is ImportStatus.Queued or ImportStatus.Running;
    }

    /// <summary>What to do with rows that have errors; a confirmation that does not say imports nothing unless
    /// every row is valid.</summary>
    [BindProperty] public ImportMode Mode { get; set; }

    public string FileName { get; private set; } = "";
    public ImportPlan? Plan { get; private set; }
    public Progress? State { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id);
        if (job is null) return NotFound();
        FileName = job.FileName;
        if (job.Status == ImportStatus.Previewed) Plan = await runner.PlanAsync(job.Content);
        else State = ProgressOf(job);
        return Page();
    }

    /// <summary>The rows with errors, with their reasons in the reader's language, to correct and import again.</summary>
    public async Task<IActionResult> OnGetRejectedAsync(Guid id)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id);
        if (job is null) return NotFound();
        if (job.Status != ImportStatus.Previewed) return Redirect($"/directory/import/{id}");
        var file = await runner.RejectedRowsAsync(job.Content, t["Reason"], error => t[error.Key, error.Arguments]);
        return File(file, "text/csv; charset=utf-8", t["rejected-{0}", Path.GetFileNameWithoutExtension(job.FileName)] + ".csv");
    }

    public async Task<IActionResult> OnGetProgressAsync(Guid id)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id);
        if (job is null) return NotFound();
        if (!Request.IsHtmx()) return Redirect($"/directory/import/{id}");
        State = ProgressOf(job);
        var partial = Partial("_Progress", State);
        // 286 tells htmx to stop polling: the import has ended.
        if (!State.IsUnderway) partial.StatusCode = 286;
        return partial;
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == id);
        if (job is null) return NotFound();
        // A second click on "Import" finds the import already under way.
        if (job.Status != ImportStatus.Previewed) return Redirect($"/directory/import/{id}");

        FileName = job.FileName;
        Plan = await runner.PlanAsync(job.Content);
        if (Plan.HasErrors && (Mode == ImportMode.AllOrNothing || Plan.FileErrors.Count > 0 || Plan.ValidRowCount == 0))
        {
            ModelState.AddModelError("", t["Correct the errors in the file and upload it again: nothing was imported."]);
            return Page();
        }
        if (Plan.HasErrors) job.Content = await runner.ValidRowsAsync(job.Content);
        job.Confirm();
        await db.SaveChangesAsync();
        queue.Enqueue(job.Id);
        return Redirect($"/directory/import/{id}");
    }

    /// <summary>A rejected row corrected in the preview: the file now holds the corrected cells, and the preview
    /// checks them again.</summary>
    public async Task<IActionResult> OnPostFixAsync(Guid id, int line, Dictionary<string, string?> cells)
    {
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == id);
        if (job is null) return NotFound();
        if (job.Status != ImportStatus.Previewed) return Redirect($"/directory/import/{id}");
        var header = OrganisationCsv.Read(job.Content).Header;
        var corrected = ImportRunner.Corrected(job.Content, line, header.Select(c => cells.GetValueOrDefault(c)?.Trim() ?? "").ToList());
        if (corrected is null || corrected.Length > ImportFile.MaxBytes) return BadRequest();
        job.Content = corrected;
        await db.SaveChangesAsync();
        return Redirect($"/directory/import/{id}#rows");
    }

    private Progress ProgressOf(ImportJob job)
    {
        var (done, total) = progress.Of(job.Id) ?? (0, 0);
        return new Progress(job.Id, job.Status, done, total, job.Created, job.Updated, job.Unchanged, job.Failure);
    }
}
