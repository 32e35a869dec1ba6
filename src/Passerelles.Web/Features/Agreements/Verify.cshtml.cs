using System.Security.Cryptography;
using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Agreements;

/// <summary>Tells anyone holding an evidence pack, signed in or not, whether it is genuine: they upload the PDF (its
/// bytes' SHA-256 is compared with the hash kept when the pack was generated) or paste a SHA-256 (of the PDF or of the
/// signed text). The answer names only the agreement's title, its parties and the date it was signed by all, never its
/// text. When the stored text no longer matches what was signed, the answer says so.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSecuritySetup.CredentialsRateLimit)]
public sealed class VerifyModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>An evidence pack is text with embedded font subsets, tens of kilobytes; bodies over the platform's
    /// 1 MB request limit are refused before reaching the page.</summary>
    public const int MaxFileBytes = 900 * 1024;

    public enum Outcome { Matches, TextChanged, Unknown }

    public sealed class Form
    {
        [Display(Name = "Evidence pack (PDF)")]
        public IFormFile? File { get; set; }

        [RegularExpression("^\\s*[0-9a-fA-F]{64}\\s*$", ErrorMessage = "A SHA-256 is 64 hexadecimal characters.")]
        [Display(Name = "Or a SHA-256 (of the PDF or of the signed text)")]
        public string? Sha256 { get; set; }
    }

    public sealed record Answer(Outcome Outcome, string? Title, IReadOnlyList<string> Parties, Instant? SignedAt, string Hash);

    [BindProperty] public Form Input { get; set; } = new();

    public Answer? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        string hash;
        if (Input.File is { } file)
        {
            if (file.Length > MaxFileBytes)
            {
                ModelState.AddModelError("Input.File", t["The file is too large (900 KB at most)."]);
                return Page();
            }
            await using var stream = file.OpenReadStream();
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
        }
        else if (!string.IsNullOrWhiteSpace(Input.Sha256)) hash = Input.Sha256.Trim().ToLowerInvariant();
        else
        {
            ModelState.AddModelError("", t["Upload the evidence pack or paste a SHA-256."]);
            return Page();
        }
        Result = await CheckAsync(hash);
        return Page();
    }

    /// <summary>Looks the hash up among the evidence packs and the signed texts. Two agreements may carry the same
    /// text, so every candidate is checked: an intact match wins, then a match whose stored text has changed.</summary>
    private async Task<Answer> CheckAsync(string hash)
    {
        var packs = await db.AgreementEvidencePacks.AsNoTracking().Where(p => p.PdfSha256 == hash)
            .Select(p => new { p.AgreementId, p.VersionNumber, p.TextSha256 }).ToListAsync();
        var texts = await db.AgreementSignatures.AsNoTracking().Where(s => s.TextSha256 == hash)
            .Select(s => new { s.AgreementId, s.VersionNumber, s.TextSha256 }).Distinct().ToListAsync();
        var answers = new List<Answer>();
        foreach (var candidate in packs.Concat(texts).Distinct())
            answers.Add(await CheckAsync(hash, candidate.AgreementId, candidate.VersionNumber, candidate.TextSha256));
        return answers.OrderBy(a => a.Outcome).FirstOrDefault() ?? new Answer(Outcome.Unknown, null, [], null, hash);
    }

    private async Task<Answer> CheckAsync(string hash, Guid agreementId, int versionNumber, string textSha256)
    {
        var signed = new { AgreementId = agreementId, VersionNumber = versionNumber, TextSha256 = textSha256 };
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == signed.AgreementId)
            .Select(a => new { a.Title, a.Status, a.CurrentVersion, Parties = a.Parties.OrderBy(p => p.SigningRank).Select(p => p.Organisation.Name).ToList() })
            .SingleAsync();
        var signedAt = await db.AgreementEvents.AsNoTracking()
            .Where(e => e.AgreementId == signed.AgreementId && e.VersionNumber == signed.VersionNumber && e.Kind == AgreementEventKind.SignedByAll)
            .OrderByDescending(e => e.At).Select(e => (Instant?)e.At).FirstOrDefaultAsync();
        if (agreement.CurrentVersion != signed.VersionNumber || signedAt is null)
            return new Answer(Outcome.Unknown, null, [], null, hash);

        // Recompute the hash of the text as stored now: a change made behind the application's back shows here.
        var version = await AgreementFile.VersionAsync(db, signed.AgreementId, signed.VersionNumber);
        var stored = CanonicalText.Sha256(version?.CanonicalText() ?? "");
        var signatures = await db.AgreementSignatures.AsNoTracking()
            .Where(s => s.AgreementId == signed.AgreementId && s.VersionNumber == signed.VersionNumber).Select(s => s.TextSha256).ToListAsync();
        var intact = stored == signed.TextSha256 && signatures.All(s => s == stored);
        return new Answer(intact ? Outcome.Matches : Outcome.TextChanged, agreement.Title, agreement.Parties, signedAt, hash);
    }
}
