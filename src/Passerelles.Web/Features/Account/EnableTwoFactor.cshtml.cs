using System.Text.Encodings.Web;
using QRCoder;

namespace Passerelles.Web.Features.Account;

/// <summary>Turns on two-factor authentication: the person scans the key into an authenticator app, proves it
/// works with one code, and receives recovery codes, shown only this once.</summary>
public sealed class EnableTwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, UrlEncoder urlEncoder, IStringLocalizer<Text> t)
    : PageModel
{
    public const int RecoveryCodeCount = 10;

    public sealed class Form
    {
        [Required]
        [StringLength(10, ErrorMessage = "Enter the 6 digits shown by your app.")]
        [Display(Name = "Code from the app")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public Form Input { get; set; } = new();
    public string SharedKey { get; private set; } = "";
    public string QrCodeSvg { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return Redirect("/account/two-factor");
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return Redirect("/account/two-factor");

        var code = TwoFactorCodes.Clean(Input.Code);
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            ModelState.AddModelError("Input.Code", t["This code is not valid. Check the time on your phone and try the next code."]);
        if (!ModelState.IsValid)
        {
            await ShowKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        // Turning it on changes the security stamp; refreshing keeps this browser signed in.
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    private async Task ShowKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = string.Join(' ', key.Chunk(4).Select(group => new string(group)));
        var uri = $"otpauth://totp/Passerelles:{urlEncoder.Encode(user.Email ?? "")}?secret={key}&issuer=Passerelles&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeSvg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}

/// <summary>People type codes with spaces or dashes, as their app shows them.</summary>
public static class TwoFactorCodes
{
    public static string Clean(string? code) =>
        new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
