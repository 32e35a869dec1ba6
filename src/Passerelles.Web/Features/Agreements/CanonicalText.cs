using System.Security.Cryptography;
using System.Text;

namespace Passerelles.Web.Features.Agreements;

/// <summary>The exact text a signature covers, and its SHA-256. The canonical text of a version is, in UTF-8, each part
/// with its line endings normalised to LF (CRLF and lone CR) and nothing else changed:
/// <code>
/// # {title}
///
/// ## Article {n}. {heading}
///
/// {body}
///
/// ## Annex {n}. {title}
///
/// {body}
/// </code>
/// one section per article then per annex, in their order, each followed by a blank line.</summary>
public static class CanonicalText
{
    public static string Of(AgreementVersion version) =>
        Of(version.Title, version.Articles.OrderBy(a => a.Position).Select(a => (a.Heading, a.Body)),
            version.Annexes.OrderBy(a => a.Position).Select(a => (a.Title, a.Body)));

    public static string Of(string title, IEnumerable<(string Heading, string Body)> articles, IEnumerable<(string Title, string Body)> annexes)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(NormaliseLineEndings(title)).Append("\n\n");
        var n = 0;
        foreach (var (heading, body) in articles)
            text.Append("## Article ").Append(++n).Append(". ").Append(NormaliseLineEndings(heading)).Append("\n\n").Append(NormaliseLineEndings(body)).Append("\n\n");
        n = 0;
        foreach (var (annexTitle, body) in annexes)
            text.Append("## Annex ").Append(++n).Append(". ").Append(NormaliseLineEndings(annexTitle)).Append("\n\n").Append(NormaliseLineEndings(body)).Append("\n\n");
        return text.ToString();
    }

    public static string NormaliseLineEndings(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormaliseLineEndings(text))));

    /// <summary>What a party's "agreed" mark on an article covers: its heading and body.</summary>
    public static string ArticleSha256(string heading, string body) => Sha256(heading + "\n\n" + body);
}
