namespace Passerelles.Web.Features.Directory.Import;

/// <summary>What the upload page binds: the file to preview.</summary>
public sealed class ImportForm
{
    [Required(ErrorMessage = "Choose a CSV file.")]
    [Display(Name = "CSV file")]
    public IFormFile? File { get; set; }
}
