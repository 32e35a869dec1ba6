using Passerelles.Web.Infrastructure.Files;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Passerelles.Web.Features.Mobility;

/// <summary>Encrypts a placement's sensitive documents at rest with the app's data-protection keys, which live in the
/// file store's placement-documents area: forms are encrypted into their column, identity documents into their stored
/// file. On SQLite the keys stay in the data folder's keys/, so neither the database nor the folders alone reveal
/// anything; on PostgreSQL keys and files are both in the database, which must be protected (and backed up) as a whole.</summary>
public sealed class SensitiveDocuments(IDataProtectionProvider protection, IFileStore store)
{
    public const string Purpose = "Passerelles.Mobility.SensitiveDocuments";

    /// <summary>The types an identity document may be: a scan or a photo.</summary>
    public static readonly IReadOnlyCollection<string> IdentityExtensions = [".pdf", ".jpg", ".png"];

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public ResourceFiles Store { get; } = new(store, "placement-documents");

    public sealed record HealthInformation(string Allergies, string Treatments, string Notes);

    public sealed record EmergencyContact(string Name, string Relation, string Phone, string Email);

    /// <summary>What is said of an identity document's file: its name and type as uploaded, and its size.</summary>
    public sealed record IdentityFile(string FileName, string ContentType, long Size);

    public string Protect<T>(T value) => _protector.Protect(JsonSerializer.Serialize(value));

    public T Unprotect<T>(string value) => JsonSerializer.Deserialize<T>(_protector.Unprotect(value))!;

    /// <summary>Encrypts and stores an upload. Data protection encrypts a whole payload at once, so an identity
    /// document (at most 10 MB) is held in memory while it is encrypted, and again when it is decrypted.</summary>
    public async Task<string> StoreAsync(IFormFile upload)
    {
        var content = new byte[upload.Length];
        await using (var stream = upload.OpenReadStream()) await stream.ReadExactlyAsync(content);
        return await Store.StoreAsync(_protector.Protect(content));
    }

    /// <summary>The decrypted content of a stored file; null when it is gone.</summary>
    public async Task<byte[]?> ReadAsync(string storedName)
    {
        await using var stream = await Store.OpenAsync(storedName);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return _protector.Unprotect(buffer.ToArray());
    }
}
