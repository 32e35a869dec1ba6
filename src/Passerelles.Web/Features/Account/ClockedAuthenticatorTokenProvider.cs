using OtpNet;

namespace Passerelles.Web.Features.Account;

/// <summary>Checks the six-digit codes of authenticator apps. Identity's own provider reads the system clock; this one
/// asks the injected <see cref="TimeProvider"/>, so a code is valid at the same time as everything else in
/// Passerelles. As in Identity, the code of the current 30-second step and of the two steps on either side are
/// accepted, for phones whose clock drifts.</summary>
public sealed class ClockedAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    private static readonly VerificationWindow PhoneClockDrift = new(previous: 2, future: 2);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app on the phone makes the codes, never Passerelles.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        return new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out _, PhoneClockDrift);
    }
}
