using Passerelles.Web.Infrastructure.Files;

namespace Passerelles.Web.Features.Mobility;

/// <summary>The applicants' CVs, kept in the file store's mobility-cvs area, never in the web root, and served only to the
/// applicant and those who review the application. A CV is a PDF, Word or OpenDocument text.</summary>
public sealed class CvFiles(IFileStore store)
{
    public static readonly IReadOnlyCollection<string> Extensions = [".pdf", ".docx", ".odt"];

    public const string Refused = "The CV must be a PDF, Word or OpenDocument text file, and its content must match its extension.";

    public ResourceFiles Store { get; } = new(store, "mobility-cvs");
}
