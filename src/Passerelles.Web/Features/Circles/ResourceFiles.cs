using System.Security.Cryptography;
using System.Text;

namespace Passerelles.Web.Features.Circles;

/// <summary>The files of the circles' resource libraries, kept in the data folder's circle-resources/ under random
/// names, outside the web root, and served only through the download page. An upload is accepted when its extension
/// is on the list and its first bytes agree with it (text files: valid UTF-8 without NUL bytes).</summary>
public sealed class ResourceFiles(string folder)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>What a whole upload request may weigh: the file and the rest of the form.</summary>
    public const long MaxRequestBytes = MaxBytes + 256 * 1024;

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private sealed record FileType(string ContentType, byte[]? Signature, string? OpenDocumentType = null, bool Text = false);

    private static readonly Dictionary<string, FileType> Types = new()
    {
        [".pdf"] = new("application/pdf", "%PDF-"u8.ToArray()),
        [".docx"] = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".pptx"] = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip),
        [".odt"] = new("application/vnd.oasis.opendocument.text", Zip, "application/vnd.oasis.opendocument.text"),
        [".ods"] = new("application/vnd.oasis.opendocument.spreadsheet", Zip, "application/vnd.oasis.opendocument.spreadsheet"),
        [".png"] = new("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [".jpg"] = new("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".txt"] = new("text/plain; charset=utf-8", null, Text: true),
        [".md"] = new("text/plain; charset=utf-8", null, Text: true),
        [".csv"] = new("text/csv; charset=utf-8", null, Text: true),
    };

    public static IReadOnlyCollection<string> Extensions => Types.Keys;

    public string Folder { get; } = System.IO.Directory.CreateDirectory(folder).FullName;

    /// <summary>The safe content type of an upload whose name and content agree on an accepted type; null otherwise.</summary>
    public static string? Recognise(string fileName, ReadOnlySpan<byte> content)
    {
        if (!Types.TryGetValue(Path.GetExtension(fileName).ToLowerInvariant(), out var type)) return null;
        if (type.Text) return IsText(content) ? type.ContentType : null;
        if (!content.StartsWith(type.Signature)) return null;
        // An OpenDocument file is a zip whose first entry, "mimetype", stored uncompressed, names its type.
        if (type.OpenDocumentType is { } odf && (content.Length < 38 || !content[30..].StartsWith("mimetype"u8) ||
                                                 !content[38..].StartsWith(Encoding.ASCII.GetBytes(odf)))) return null;
        return type.ContentType;
    }

    public const string Refused = "The file must be a PDF, Word, Excel, PowerPoint, OpenDocument text or spreadsheet, PNG, JPEG, text, Markdown or CSV file, and its content must match its extension.";

    /// <summary>Reads an upload and recognises its type: its content and safe content type, or nothing and the reason
    /// next to <paramref name="field"/>. A page that takes fewer types names them in <paramref name="only"/>, with the
    /// key of its own refusal.</summary>
    public static async Task<(byte[] Content, string ContentType)?> ReadAsync(IFormFile file, ModelStateDictionary modelState, string field, IStringLocalizer t,
        IReadOnlyCollection<string>? only = null, string refused = Refused)
    {
        if (file.Length > MaxBytes)
        {
            modelState.AddModelError(field, t["The file is larger than 10 MB."]);
            return null;
        }
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content);
        var accepted = only is null || only.Contains(Path.GetExtension(file.FileName).ToLowerInvariant());
        if ((file.Length == 0 || !accepted ? null : Recognise(file.FileName, content)) is { } contentType) return (content, contentType);
        modelState.AddModelError(field, t[refused]);
        return null;
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0)) return false;
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>A file name safe to send back in Content-Disposition: the name's last part, without control or path
    /// characters.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string(name.Where(c => !char.IsControl(c) && c is not ('/' or '\\' or '"')).ToArray()).Trim();
        return clean.Length == 0 ? "file" : clean.Length > 200 ? clean[^200..] : clean;
    }

    /// <summary>Stores the content and returns the random name it is kept under.</summary>
    public async Task<string> StoreAsync(byte[] content)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(PathOf(name), content);
        return name;
    }

    public Stream? Open(string? storedName) =>
        storedName is not null && IsStoredName(storedName) && File.Exists(PathOf(storedName)) ? File.OpenRead(PathOf(storedName)) : null;

    public void Delete(string? storedName)
    {
        if (storedName is not null && IsStoredName(storedName)) File.Delete(PathOf(storedName));
    }

    private string PathOf(string storedName) => Path.Combine(Folder, storedName);

    /// <summary>Only names this class made are ever turned into paths.</summary>
    private static bool IsStoredName(string name) => name.Length == 32 && name.All(char.IsAsciiHexDigitLower);
}
