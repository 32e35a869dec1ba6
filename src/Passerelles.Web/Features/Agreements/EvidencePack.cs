using System.Security.Cryptography;
using NodaTime.Text;
using Passerelles.Web.Infrastructure.Pdf;

namespace Passerelles.Web.Features.Agreements;

/// <summary>The evidence pack of a signed agreement, as first generated for one language: the PDF's bytes, its own
/// SHA-256 and the SHA-256 of the canonical text it carries. It is generated once per (agreement, version, language)
/// and then served as stored, so every copy handed out has the same bytes and the verification page can recognise
/// it by its hash.</summary>
public class AgreementEvidencePack : IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public int VersionNumber { get; set; }
    public string Culture { get; set; } = "";
    public string PdfSha256 { get; set; } = "";
    public string TextSha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public Instant GeneratedAt { get; set; }
}

public sealed class AgreementEvidencePackConfiguration : IEntityTypeConfiguration<AgreementEvidencePack>
{
    public void Configure(EntityTypeBuilder<AgreementEvidencePack> builder)
    {
        builder.Property(p => p.Culture).HasMaxLength(10);
        builder.Property(p => p.PdfSha256).HasMaxLength(64);
        builder.Property(p => p.TextSha256).HasMaxLength(64);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.AgreementId, p.VersionNumber, p.Culture }).IsUnique();
        builder.HasIndex(p => p.PdfSha256);
    }
}

/// <summary>Draws the evidence pack: the final text as signed (each article's and annex's text line by line, under
/// headings labelled in the reader's language), then a certificate in the reader's language with the parties, the signatories, the signing times in UTC, in Montréal and
/// Paris time and in the signer's zone, how each one authenticated, the hashes and the audit trail. The canonical
/// text's SHA-256 is printed on the certificate and kept in the document's metadata (subject, keywords and a
/// TextSha256 entry).</summary>
public static class EvidencePackDocument
{
    public static byte[] Build(AgreementFile file, IReadOnlyList<AgreementFile.TrailLine> trail, IStringLocalizer t, Instant generatedAt)
    {
        var version = file.Current!;
        var hash = file.CurrentSha256;
        var description = new PdfTextLayout.Description(version.Title, CultureInfo.CurrentUICulture.Name, t["Page {0} of {1}"])
        {
            MoreInformation = info =>
            {
                info.Subject = "SHA-256 " + hash;
                info.Keywords = "sha256:" + hash;
                info.CreationDate = generatedAt.ToDateTimeUtc();
                info.Elements.SetString("/TextSha256", hash);
            },
        };
        return PdfTextLayout.Write(description, layout => Write(layout, file, trail, t, generatedAt));
    }

    private static void Write(PdfTextLayout layout, AgreementFile file, IReadOnlyList<AgreementFile.TrailLine> trail, IStringLocalizer t, Instant generatedAt)
    {
        var version = file.Current!;
        var hash = file.CurrentSha256;
        // The headings are labelled in the reader's language; the canonical text the hash covers labels them in
        // English ("## Annex 1."), and the certificate says so, so that anyone can rebuild it from this document.
        layout.Heading(version.Title, 1);
        var n = 0;
        foreach (var article in version.Articles)
        {
            layout.Heading($"{t["Article {0}", ++n]}. {article.Heading}", 2);
            layout.Paragraph(CanonicalText.NormaliseLineEndings(article.Body));
        }
        n = 0;
        foreach (var annex in version.Annexes)
        {
            layout.Heading($"{t["Annex {0}", ++n]}. {annex.Title}", 2);
            layout.Paragraph(CanonicalText.NormaliseLineEndings(annex.Body));
        }

        layout.NewPage();
        layout.Heading(t["Certificate of signature"], 1);
        layout.Paragraph(t["This agreement was signed with a simple electronic signature within the meaning of the eIDAS Regulation (EU) No 910/2014: each signatory signed on Passerelles after proving their identity again with their password and an authenticator code. It is neither an advanced nor a qualified electronic signature."]);
        layout.Row(t["Agreement"], version.Title);
        layout.Row(t["Version"], version.Number.ToString(CultureInfo.InvariantCulture));
        layout.Row(t["SHA-256 of the signed text"], hash, monospace: true);
        layout.Row(t["Generated on"], Times(generatedAt));
        layout.Paragraph(t["The SHA-256 is computed on the signed text in its canonical form, in UTF-8 with line feeds: \"# \" and the title, then for each article \"## Article n. \" and its heading, and for each annex \"## Annex n. \" and its title, each followed by a blank line, its text and a blank line. These two labels stay in English in the canonical form, whatever the language of this document."], size: 9);

        layout.Heading(t["Parties and signatories"], 2);
        foreach (var party in file.Agreement.Parties)
        {
            layout.Heading(party.Name, 3);
            layout.Row(t["Signing order"], party.SigningRank.ToString(CultureInfo.InvariantCulture));
            if (file.CurrentApproval(party.Id) is { } approval)
                layout.Row(t["Internal approval"], $"{approval.ResolutionReference} ({LocalDatePattern.Iso.Format(approval.ResolvedOn)})");
            foreach (var signature in file.CurrentSignatures.Where(s => s.PartyId == party.Id))
            {
                layout.Row(t["Signatory"], signature.User.DisplayName);
                layout.Row(t["Signed on"], Times(signature.SignedAt) + "\n" + t["Signer's time zone: {0}", signature.TimeZoneId] + " — " + Local(signature.SignedAt, signature.TimeZoneId));
                layout.Row(t["Authentication"], signature.AuthenticationMethod == AgreementSignature.PasswordAndAuthenticatorCode
                    ? t["Password and authenticator code, asked again at signing"]
                    : signature.AuthenticationMethod);
                layout.Row(t["SHA-256 of the text signed"], signature.TextSha256, monospace: true);
                layout.Space(4);
            }
        }

        layout.Heading(t["Audit trail"], 2);
        foreach (var line in trail)
            layout.Row(Utc(line.At), $"{line.Actor ?? t["the platform"]}{(line.ActedFor(t) is { } actedFor ? $" ({actedFor})" : "")} — " +
                                     $"{t["AgreementEvent." + line.Kind]} ({t["version {0}", line.VersionNumber]})" +
                                     (line.Detail.Length > 0 ? " — " + line.DetailFor(t) : ""), size: 8.5);
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static string Utc(Instant at) => InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss").Format(at) + " UTC";

    private static string Local(Instant at, string zoneId) =>
        TimeZones.IsKnown(zoneId)
            ? ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss o<g>", null).Format(at.InZone(TimeZones.Get(zoneId)))
            : "";

    /// <summary>UTC, then the time on each side of the ocean.</summary>
    private static string Times(Instant at) =>
        $"{Utc(at)}\n{Local(at, TimeZones.Quebec)} ({TimeZones.Quebec})\n{Local(at, TimeZones.France)} ({TimeZones.France})";
}
