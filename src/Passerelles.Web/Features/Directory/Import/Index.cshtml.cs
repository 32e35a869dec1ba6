namespace Passerelles.Web.Features.Directory.Import;

/// <summary>Upload a CSV of organisations; it is checked and previewed before anything is written.</summary>
[Authorize(Policy = Policies.NetworkAdministrator)]
[RequestSizeLimit(ImportFile.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportFile.MaxRequestBytes)]
public sealed class IndexModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public ImportForm Input { get; set; } = new();

    public static long MaxMegabytes => ImportFile.MaxBytes / 1024 / 1024;

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() =>
        File(OrganisationCsv.Template(), "text/csv; charset=utf-8", "passerelles-organisations.csv");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var file = Input.File!;
        if (file.Length > ImportFile.MaxBytes)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.File)}", t["The file is larger than {0} MB.", MaxMegabytes]);
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var decoded = ImportFile.Decode(buffer.ToArray());
        if (decoded.Problem is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.File)}", t[problem, MaxMegabytes]);
            return Page();
        }

        var name = Path.GetFileName(file.FileName);
        var job = new ImportJob { FileName = name.Length > ImportJob.FileNameMaxLength ? name[..ImportJob.FileNameMaxLength] : name, Content = decoded.Text! };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync();
        return Redirect($"/directory/import/{job.Id}");
    }
}
