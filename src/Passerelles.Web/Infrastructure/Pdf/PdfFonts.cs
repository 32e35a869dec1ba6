using PdfSharp.Fonts;

namespace Passerelles.Web.Infrastructure.Pdf;

/// <summary>The fonts every PDF of the platform is drawn with: the DejaVu families (Sans, Serif, Mono), which cover
/// French and English accents and the typographic signs both sides use. PDFsharp finds no system fonts on Linux,
/// so this resolver reads the TrueType files from the fonts folder and fails with a clear message when one is missing.
/// Ask for "DejaVu Sans", "DejaVu Serif" or "DejaVu Sans Mono" (any other name falls back to DejaVu Sans), bold and
/// italic included. Call <see cref="EnsureRegistered"/> before creating a document.</summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Sans = "DejaVu Sans";
    public const string Serif = "DejaVu Serif";
    public const string Mono = "DejaVu Sans Mono";

    public static string FontsFolder { get; set; } = "/usr/share/fonts/truetype/dejavu";

    private static readonly PdfFonts Instance = new();
    private static readonly Lock Gate = new();
    private static bool registered;

    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        [Sans] = "DejaVuSans", [Serif] = "DejaVuSerif", [Mono] = "DejaVuSansMono",
    };

    private readonly Dictionary<string, byte[]> loaded = new(StringComparer.Ordinal);

    /// <summary>Installs the resolver once for the whole process (PDFsharp allows only one) and checks that the
    /// regular and bold sans-serif files are there.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered) return;
            Instance.GetFont("DejaVuSans");
            Instance.GetFont("DejaVuSans-Bold");
            GlobalFontSettings.FontResolver = Instance;
            registered = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var prefix = Prefixes.GetValueOrDefault(familyName, "DejaVuSans");
        var style = (bold, italic, prefix == "DejaVuSerif") switch
        {
            (true, true, true) => "-BoldItalic",
            (true, true, false) => "-BoldOblique",
            (true, false, _) => "-Bold",
            (false, true, true) => "-Italic",
            (false, true, false) => "-Oblique",
            _ => "",
        };
        return new FontResolverInfo(prefix + style);
    }

    public byte[] GetFont(string faceName)
    {
        lock (loaded)
        {
            if (loaded.TryGetValue(faceName, out var bytes)) return bytes;
            var path = Path.Combine(FontsFolder, faceName + ".ttf");
            if (!File.Exists(path))
                throw new InvalidOperationException(
                    $"The font file {faceName}.ttf was not found in {FontsFolder}. PDF documents need the DejaVu fonts (package fonts-dejavu-core).");
            bytes = File.ReadAllBytes(path);
            loaded[faceName] = bytes;
            return bytes;
        }
    }
}
