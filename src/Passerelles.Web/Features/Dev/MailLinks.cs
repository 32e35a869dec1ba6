using System.Text.RegularExpressions;

namespace Passerelles.Web.Features.Dev;

/// <summary>The links in a message's text, made clickable on the development mail page.</summary>
public static partial class MailLinks
{
    public static IEnumerable<string> In(string text) =>
        Links().Matches(text).Select(m => m.Value).Where(l => Uri.TryCreate(l, UriKind.Absolute, out _)).Distinct();

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Links();
}
