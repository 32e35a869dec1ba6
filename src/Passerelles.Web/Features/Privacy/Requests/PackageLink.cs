using System.Security.Cryptography;

namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The single-use link to a request's package: a random token given once in the e-mail, of which only the
/// SHA-256 is stored, valid <see cref="LifetimeDays"/> days and spent by its first download.</summary>
public static class PackageLink
{
    public const int LifetimeDays = 7;

    public const string Refused = "This download link is not valid: it was already used, it has expired, or it was never issued. Ask the organisation for a new one.";

    /// <summary>Issues a new link for <paramref name="request"/> (replacing any earlier one) and returns its address.</summary>
    public static string Issue(PrivacyRequest request, Instant now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        (request.PackageTokenHash, request.PackageExpiresAt, request.PackageDownloadedAt) = (Hash(token), now + Duration.FromDays(LifetimeDays), null);
        return $"/privacy/packages/{token}";
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
