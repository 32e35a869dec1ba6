using Passerelles.Web.Infrastructure.Files;

namespace Passerelles.Web.Features.Bridges;

/// <summary>The documents that prove a bridge (a signed agreement, a grant letter), kept in the file store's documents
/// area under random names, never in the web root: they are only ever served through the download endpoint. Projects'
/// documents and agreements' approval documents are kept here too.</summary>
public sealed class EvidenceDocuments(IFileStore store)
{
    public const string Area = "documents";

    private readonly Circles.ResourceFiles _files = new(store, Area);

    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>What a whole upload request may weigh: the document and the rest of the form.</summary>
    public const long MaxRequestBytes = MaxBytes + 256 * 1024;

    public enum Type { Pdf, Png, Jpeg }

    private static readonly Dictionary<Type, (string[] Extensions, string ContentType, byte[] Signature)> Types = new()
    {
        [Type.Pdf] = ([".pdf"], "application/pdf", "%PDF-"u8.ToArray()),
        [Type.Png] = ([".png"], "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [Type.Jpeg] = ([".jpg", ".jpeg"], "image/jpeg", [0xFF, 0xD8, 0xFF]),
    };

    /// <summary>The type of an upload when its name and its first bytes agree on one we accept; null otherwise.</summary>
    public static async Task<Type?> RecogniseAsync(IFormFile file)
    {
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        var claimed = Types.Where(t => t.Value.Extensions.Contains(extension)).Select(t => (Type?)t.Key).FirstOrDefault();
        if (claimed is not { } type) return null;
        var signature = Types[type].Signature;
        var head = new byte[signature.Length];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        return read == head.Length && head.AsSpan().SequenceEqual(signature) ? type : null;
    }

    public static string ContentTypeOf(string fileName) =>
        Types.Values.FirstOrDefault(t => t.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant())).ContentType
        ?? "application/octet-stream";

    /// <summary>Streams the upload into the store and returns the random name it is kept under.</summary>
    public Task<string> StoreAsync(IFormFile file) => _files.StoreAsync(file);

    public Task<Stream?> OpenAsync(string? storedName) => _files.OpenAsync(storedName);

    public Task DeleteAsync(string? storedName) => _files.DeleteAsync(storedName);

    public Task<bool> ExistsAsync(string? storedName) => _files.ExistsAsync(storedName);
}
