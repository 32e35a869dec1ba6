namespace Passerelles.Web.Features.Circles;

/// <summary>A member adds a link or a file to the circle's library. A file must be of an accepted type, by its
/// extension and by its content, and at most 10 MB; a refused file is not stored.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class NewResourceModel(AppDbContext db, CurrentActor actors, ResourceFiles files, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>Twice the file limit, so a file somewhat too large is refused with a message rather than cut off.</summary>
    public const long MaxRequestBytes = 2 * ResourceFiles.MaxBytes;

    public sealed class ResourceForm : IValidatableObject
    {
        [Required]
        [StringLength(CircleResource.MaxTitleLength)]
        [Display(Name = "Title")]
        public string? Title { get; set; }

        [StringLength(2000)]
        [Display(Name = "Description")]
        public string? Description { get; set; }

        [Display(Name = "Kind")]
        public ResourceKind Kind { get; set; } = ResourceKind.PracticeSheet;

        [StringLength(2000)]
        [Display(Name = "Link")]
        public string? Url { get; set; }

        [Display(Name = "File")]
        public IFormFile? File { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
            var hasUrl = !string.IsNullOrWhiteSpace(Url);
            if (hasUrl == (File is not null))
                yield return new ValidationResult(t["Give either a link or a file."], [nameof(Url)]);
            else if (hasUrl && !(Uri.TryCreate(Url!.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                yield return new ValidationResult(t["The link must be an http or https address."], [nameof(Url)]);
            if (!Enum.IsDefined(Kind))
                yield return new ValidationResult(t["This field is required."], [nameof(Kind)]);
        }
    }

    [BindProperty] public ResourceForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        if (circle is null) return false;
        (Id, Circle) = (id, circle);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var upload = Input.File is { } file && ModelState.IsValid ? await ResourceFiles.ReadAsync(file, ModelState, "Input.File", t) : null;
        if (!ModelState.IsValid) return Page();
        if (User.UserId() is not { } userId) return Forbid();

        var resource = new CircleResource
        {
            CircleId = id, Title = Input.Title!.Trim(), Description = Input.Description?.Trim() ?? "", Kind = Input.Kind,
            AddedById = userId, AddedAt = time.Now,
        };
        if (upload is var (content, contentType))
        {
            resource.FileName = ResourceFiles.CleanName(Input.File!.FileName);
            resource.ContentType = contentType;
            resource.Size = content.Length;
            resource.StoredName = await files.StoreAsync(content);
        }
        else
        {
            resource.Url = Input.Url!.Trim();
        }
        db.CircleResources.Add(resource);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            await files.DeleteAsync(resource.StoredName);
            throw;
        }
        TempData["Notice"] = t["The resource was added."].Value;
        return Redirect($"/circles/{id}/resources");
    }
}
