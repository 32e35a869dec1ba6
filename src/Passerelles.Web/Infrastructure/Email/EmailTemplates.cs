using System.Text;
using System.Text.Encodings.Web;

namespace Passerelles.Web.Infrastructure.Email;

/// <summary>Builds the plain and HTML bodies of a message in the recipient's language, with one call-to-action
/// link. Links are absolute and built from Passerelles:PublicBaseUrl when set, never from an untrusted Host header
/// alone.</summary>
public sealed class EmailTemplates(IStringLocalizerFactory localizers, PublicAddress address)
{
    public sealed record Content(string Subject, IReadOnlyList<string> Paragraphs, string? LinkText = null, string? LinkUrl = null);

    public string AbsoluteUrl(HttpRequest request, string relative) =>
        address.Root(request) + (relative.StartsWith('/') ? relative : "/" + relative);

    /// <summary>An absolute link for messages sent outside any request (reminders, digests): from
    /// <see cref="PublicAddress"/>. Outside Development the jobs sending them do not run without it; a test running
    /// them by hand gets http://localhost.</summary>
    public string PublicUrl(string relative)
    {
        var root = address.Base ?? "http://localhost";
        return root + (relative.StartsWith('/') ? relative : "/" + relative);
    }

    /// <summary>Composes a message with the strings of <paramref name="culture"/> (one of the three supported,
    /// else the current one).</summary>
    public OutgoingEmail Compose(string to, string? culture, Func<IStringLocalizer, Content> compose)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            if (Cultures.IsSupported(culture))
            {
                var chosen = Cultures.Get(Cultures.Normalise(culture!));
                CultureInfo.CurrentCulture = chosen;
                CultureInfo.CurrentUICulture = chosen;
            }
            var t = localizers.Create(typeof(Text));
            var content = compose(t);
            return new OutgoingEmail(to, content.Subject, TextBody(content, t), HtmlBody(content));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private static string TextBody(Content content, IStringLocalizer t)
    {
        var text = new StringBuilder();
        foreach (var paragraph in content.Paragraphs) text.AppendLine(paragraph).AppendLine();
        if (content.LinkUrl is not null) text.AppendLine(t["{0}: {1}", content.LinkText ?? "", content.LinkUrl]).AppendLine();
        text.AppendLine("— Passerelles");
        return text.ToString();
    }

    private static string HtmlBody(Content content)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">");
        foreach (var paragraph in content.Paragraphs) html.Append("<p>").Append(encoder.Encode(paragraph)).Append("</p>");
        if (content.LinkUrl is not null)
            html.Append("<p><a href=\"").Append(encoder.Encode(content.LinkUrl)).Append("\">").Append(encoder.Encode(content.LinkText ?? content.LinkUrl)).Append("</a></p>");
        html.Append("<p>— Passerelles</p></body></html>");
        return html.ToString();
    }
}
