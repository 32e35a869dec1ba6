using System.Security.Cryptography;
using System.Text;
using Passerelles.Web.Infrastructure.Files;

namespace Passerelles.Web.Features.Circles;

/// <summary>The files of the circles' resource libraries, kept in the file store's circle-resources area under random
/// names (never in the web root), and served only through the download page. An upload is accepted when its extension
/// is on the list and its first bytes agree with it (text files: valid UTF-8 without NUL bytes). Other features keep
/// their files through the same class, each in its own area.</summary>
public sealed class ResourceFiles(IFileStore store, string area = ResourceFiles.Area)
{
    public const string Area = "circle-resources";

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

    /// <summary>The bytes read to recognise a type that has a signature: enough for an OpenDocument's mimetype entry.</summary>
    private const int PrefixBytes = 128;

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

    /// <summary>An upload whose type was recognised. Its content stays where ASP.NET Core buffered the request (a
    /// temporary file beyond 64 KB) until it is streamed into the store.</summary>
    public sealed record Upload(IFormFile Content, string ContentType);

    /// <summary>Recognises an upload's type without reading it into memory: the first bytes for a type with a
    /// signature, the whole content in slices for a text. The upload and its safe content type, or nothing and the
    /// reason next to <paramref name="field"/>. A page that takes fewer types names them in <paramref name="only"/>,
    /// with the key of its own refusal.</summary>
    public static async Task<Upload?> ReadAsync(IFormFile file, ModelStateDictionary modelState, string field, IStringLocalizer t,
        IReadOnlyCollection<string>? only = null, string refused = Refused)
    {
        if (file.Length > MaxBytes)
        {
            modelState.AddModelError(field, t["The file is larger than 10 MB."]);
            return null;
        }
        var accepted = only is null || only.Contains(Path.GetExtension(file.FileName).ToLowerInvariant());
        if ((file.Length == 0 || !accepted ? null : await RecogniseAsync(file)) is { } contentType) return new Upload(file, contentType);
        modelState.AddModelError(field, t[refused]);
        return null;
    }

    private static async Task<string?> RecogniseAsync(IFormFile file)
    {
        if (!Types.TryGetValue(Path.GetExtension(file.FileName).ToLowerInvariant(), out var type)) return null;
        await using var stream = file.OpenReadStream();
        if (type.Text) return await IsTextAsync(stream) ? type.ContentType : null;
        var prefix = new byte[PrefixBytes];
        var read = await stream.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false);
        return Recognise(file.FileName, prefix.AsSpan(0, read));
    }

    /// <summary>Whether the stream is valid UTF-8 without NUL bytes, read a slice at a time.</summary>
    private static async Task<bool> IsTextAsync(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                if (buffer.AsSpan(0, read).Contains((byte)0)) return false;
                decoder.GetCharCount(buffer, 0, read, flush: false);
            }
            decoder.GetCharCount([], 0, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
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
    public Task<string> StoreAsync(byte[] content) => StoreAsync(new MemoryStream(content, writable: false));

    /// <summary>Streams a recognised upload into the store and returns the random name it is kept under.</summary>
    public async Task<string> StoreAsync(IFormFile content)
    {
        await using var stream = content.OpenReadStream();
        return await StoreAsync(stream);
    }

    public async Task<string> StoreAsync(Stream content)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await store.SaveAsync(area, name, content);
        return name;
    }

    /// <summary>The stored file's content, to dispose of; null when it is gone.</summary>
    public async Task<Stream?> OpenAsync(string? storedName) =>
        IsStoredName(storedName) ? await store.OpenReadAsync(area, storedName) : null;

    public async Task DeleteAsync(string? storedName)
    {
        if (IsStoredName(storedName)) await store.DeleteAsync(area, storedName);
    }

    public async Task<bool> ExistsAsync(string? storedName) => IsStoredName(storedName) && await store.ExistsAsync(area, storedName);

    /// <summary>Only names this class made are ever looked up.</summary>
    private static bool IsStoredName([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? name) =>
        name is { Length: 32 } && name.All(char.IsAsciiHexDigitLower);
}
