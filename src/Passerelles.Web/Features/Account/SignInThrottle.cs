using Microsoft.Extensions.Caching.Memory;

namespace Passerelles.Web.Features.Account;

/// <summary>
/// Slows down password guessing without letting anyone lock someone else out. Failed sign-ins are counted per client
/// address and typed e-mail address together: after <see cref="MaxFailures"/> within <see cref="Pause"/>, that pair is
/// refused until <see cref="Pause"/> has passed since its last failure. The account stays open to its owner from
/// anywhere else, and the answer is the same whether the account exists or not.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Pause = TimeSpan.FromMinutes(15);

    // Bounded, so that guesses from many addresses cannot fill the memory; a forgotten pair starts afresh.
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset Last;
    }

    public bool IsPaused(string? client, string email)
    {
        if (!_failures.TryGetValue(Key(client, email), out Failures? failures) || failures is null) return false;
        var changed = PasswordChangedAt(email);
        lock (failures) return failures.Count >= MaxFailures && failures.Last > changed && clock.GetUtcNow() - failures.Last < Pause;
    }

    /// <summary>Counts a failure; true when it pauses the pair.</summary>
    public bool Failed(string? client, string email)
    {
        var failures = _failures.GetOrCreate(Key(client, email), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = Pause * 2;
            return new Failures();
        })!;
        lock (failures)
        {
            var now = clock.GetUtcNow();
            if (now - failures.Last >= Pause || failures.Last <= PasswordChangedAt(email)) failures.Count = 0;
            failures.Count++;
            failures.Last = now;
            return failures.Count >= MaxFailures;
        }
    }

    public void Succeeded(string? client, string email) => _failures.Remove(Key(client, email));

    /// <summary>A new password lifts every pause on the address: the guesses were made against the old one.</summary>
    public void PasswordChanged(string email) =>
        _failures.Set(ChangedKey(email), clock.GetUtcNow(), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Pause * 2 });

    private DateTimeOffset PasswordChangedAt(string email) =>
        _failures.TryGetValue(ChangedKey(email), out DateTimeOffset at) ? at : DateTimeOffset.MinValue;

    private static string Key(string? client, string email) => $"{client}\n{email.Trim().ToUpperInvariant()}";

    private static string ChangedKey(string email) => $"password changed\n{email.Trim().ToUpperInvariant()}";
}
