using System.Security.Claims;

namespace Passerelles.Web.Features.Agreements;

/// <summary>What a signer types to sign: their password, a code from their authenticator app, their time zone, and
/// the hash of the text they read. Shared by agreements and occupancy contracts.</summary>
public sealed class SignatureForm
{
    [Required]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string? Password { get; set; }

    [Required]
    [StringLength(10, ErrorMessage = "Enter the 6 digits shown by your app.")]
    [Display(Name = "Code from the app")]
    public string? Code { get; set; }

    [Required]
    [Display(Name = "Your time zone")]
    public string? TimeZoneId { get; set; }

    /// <summary>The hash of the text the signer read on the page.</summary>
    public string? TextSha256 { get; set; }
}

/// <summary>The signing engine's proof of identity: the signer proves again who they are with their password and a
/// code from their authenticator app (so two-factor authentication must be on), and signs the SHA-256 of the text they
/// read. Agreements and occupancy contracts sign through it.</summary>
public sealed class SignerProof(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<Text> t)
{
    public async Task<bool> HasTwoFactorAsync(ClaimsPrincipal principal) =>
        await users.GetUserAsync(principal) is { } user && await users.GetTwoFactorEnabledAsync(user);

    /// <summary>Checks the form against the text's current hash and the signer's credentials; each failure is added next
    /// to its field. Returns the signer when everything holds.</summary>
    public async Task<AppUser?> CheckAsync(ClaimsPrincipal principal, SignatureForm form, string textSha256, ModelStateDictionary state)
    {
        if (form.TimeZoneId is { } zone && !TimeZones.IsKnown(zone)) state.AddModelError("Input.TimeZoneId", t["Choose a time zone from the list."]);
        if (TextChanged(form, textSha256, state) || !state.IsValid) return null;

        var user = (await users.GetUserAsync(principal))!;
        var password = await signIn.CheckPasswordSignInAsync(user, form.Password!, lockoutOnFailure: true);
        if (password.IsLockedOut)
        {
            state.AddModelError("", t["Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile."]);
            return null;
        }
        if (!password.Succeeded)
        {
            state.AddModelError("Input.Password", t["This password is not right."]);
            return null;
        }
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCodes.Clean(form.Code!)))
        {
            state.AddModelError("Input.Code", t["This code is not valid. Check the time on your phone and try the next code."]);
            return null;
        }
        return user;
    }

    /// <summary>True, with the reason shown, when the text changed since the signer opened the page; the form then
    /// carries the new hash.</summary>
    public bool TextChanged(SignatureForm form, string textSha256, ModelStateDictionary state)
    {
        if (form.TextSha256 == textSha256) return false;
        state.AddModelError("", t["The text changed since you opened this page: read the new version before signing."]);
        form.TextSha256 = textSha256;
        state.Remove("Input.TextSha256");
        return true;
    }
}
