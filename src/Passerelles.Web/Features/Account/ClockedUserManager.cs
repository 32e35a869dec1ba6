using Microsoft.Extensions.Options;

namespace Passerelles.Web.Features.Account;

/// <summary>Identity's user manager reads the system clock for lockouts; this one asks the injected
/// <see cref="TimeProvider"/>, so a lockout ends on the same clock as everything else in Passerelles.</summary>
public sealed class ClockedUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    TimeProvider clock)
    : UserManager<AppUser>(store, options, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<bool> IsLockedOutAsync(AppUser user)
    {
        if (!SupportsUserLockout || !await GetLockoutEnabledAsync(user)) return false;
        return await GetLockoutEndDateAsync(user) is { } end && end >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        var lockouts = (IUserLockoutStore<AppUser>)Store;
        var failures = await lockouts.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockouts.SetLockoutEndDateAsync(user, clock.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan, CancellationToken);
            await lockouts.ResetAccessFailedCountAsync(user, CancellationToken);
        }
        return await UpdateUserAsync(user);
    }
}
