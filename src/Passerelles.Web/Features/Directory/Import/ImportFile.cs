using System.Text;

namespace Passerelles.Web.Features.Directory.Import;

/// <summary>Turns an uploaded file into text: UTF-8 with or without a byte-order mark, or Windows-1252 (what older
/// spreadsheets save) when the bytes are not valid UTF-8. Empty and binary files are refused with a reason.</summary>
public static class ImportFile
{
    /// <summary>The largest file accepted; the upload page allows a little more so a larger file gets this message
    /// rather than a bare refusal.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public const long MaxRequestBytes = MaxBytes + 1024 * 1024;

    public sealed record Decoded(string? Text, string? Problem);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes) return new(null, "The file is larger than {0} MB.");
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[Encoding.UTF8.Preamble.Length..];
        if (bytes.IsEmpty) return new(null, "The file is empty.");
        // Text files never hold NUL bytes; spreadsheets (.xlsx), images and UTF-16 files do.
        if (bytes.Contains((byte)0)) return new(null, "This is not a text file. Save the spreadsheet as CSV and try again.");

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Windows1252.GetString(bytes);
        }
        if (string.IsNullOrWhiteSpace(text)) return new(null, "The file is empty.");
        if (text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
            return new(null, "This is not a text file. Save the spreadsheet as CSV and try again.");
        return new(text, null);
    }

    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
