using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Passerelles.Web.Infrastructure.Email;

namespace Passerelles.Testing;

/// <summary>Keeps what the app sends so a test can read it and follow its links.</summary>
public sealed partial class CapturingMailer : IMailer
{
    private readonly ConcurrentQueue<OutgoingEmail> _sent = new();

    public IReadOnlyList<OutgoingEmail> Sent => _sent.ToList();

    public Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        _sent.Enqueue(email);
        return Task.CompletedTask;
    }

    public OutgoingEmail LastTo(string address) =>
        Sent.LastOrDefault(e => string.Equals(e.To, address, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"No e-mail was sent to {address}.");

    /// <summary>The first link in the message's text that points into the app, as a relative URL.</summary>
    public static string LinkIn(OutgoingEmail email)
    {
        var match = Link().Match(email.TextBody);
        if (!match.Success) throw new InvalidOperationException("The e-mail holds no link.");
        var uri = new Uri(match.Value);
        return uri.PathAndQuery;
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Link();
}
