using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Passerelles.Web.Features.Mobility;

/// <summary>Encrypts a placement's sensitive documents at rest with the app's data-protection keys, which live in the
/// data folder's keys/ and never in the database: forms are encrypted into their column, identity documents into their
/// file in the data folder's placement-documents/. Neither the database nor the folder alone reveals anything.</summary>
public sealed class SensitiveDocuments(IDataProtectionProvider protection, string folder)
{
    public const string Purpose = "Passerelles.Mobility.SensitiveDocuments";

    /// <summary>The types an identity document may be: a scan or a photo.</summary>
    public static readonly IReadOnlyCollection<string> IdentityExtensions = [".pdf", ".jpg", ".png"];

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public ResourceFiles Store { get; } = new(folder);

    public sealed record HealthInformation(string Allergies, string Treatments, string Notes);

    public sealed record EmergencyContact(string Name, string Relation, string Phone, string Email);

    /// <summary>What is said of an identity document's file: its name and type as uploaded, and its size.</summary>
    public sealed record IdentityFile(string FileName, string ContentType, long Size);

    public string Protect<T>(T value) => _protector.Protect(JsonSerializer.Serialize(value));

    public T Unprotect<T>(string value) => JsonSerializer.Deserialize<T>(_protector.Unprotect(value))!;

    public Task<string> StoreAsync(byte[] content) => Store.StoreAsync(_protector.Protect(content));

    /// <summary>The decrypted content of a stored file; null when it is gone.</summary>
    public async Task<byte[]?> ReadAsync(string storedName)
    {
        await using var stream = Store.Open(storedName);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return _protector.Unprotect(buffer.ToArray());
    }
}
