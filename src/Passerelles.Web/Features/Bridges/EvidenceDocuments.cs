using System.Security.Cryptography;

namespace Passerelles.Web.Features.Bridges;

/// <summary>The documents that prove a bridge (a signed agreement, a grant letter), kept in the data folder's
/// documents/ under random names, outside the web root: they are only ever served through the download endpoint.</summary>
public sealed class EvidenceDocuments(string folder)
{
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

    public string Folder { get; } = System.IO.Directory.CreateDirectory(folder).FullName;

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

    /// <summary>Stores the upload and returns the random name it is kept under.</summary>
    public async Task<string> StoreAsync(IFormFile file)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using var target = new FileStream(PathOf(name), FileMode.CreateNew, FileAccess.Write);
        await file.CopyToAsync(target);
        return name;
    }

    public Stream? Open(string storedName) =>
        IsStoredName(storedName) && File.Exists(PathOf(storedName)) ? File.OpenRead(PathOf(storedName)) : null;

    public void Delete(string storedName)
    {
        if (IsStoredName(storedName)) File.Delete(PathOf(storedName));
    }

    public string PathOf(string storedName) => Path.Combine(Folder, storedName);

    /// <summary>Only names this class made are ever turned into paths.</summary>
    private static bool IsStoredName(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);
}
