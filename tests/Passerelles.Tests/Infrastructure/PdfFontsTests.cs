using Passerelles.Web.Infrastructure.Pdf;

namespace Passerelles.Tests.Infrastructure;

public sealed class PdfFontsTests
{
    [Fact]
    public void A_missing_font_file_is_reported_by_name_with_what_to_install()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PdfFonts().GetFont("DejaVuSans-NoSuchStyle"));

        Assert.Contains("DejaVuSans-NoSuchStyle.ttf was not found", error.Message);
        Assert.Contains("fonts-dejavu-core", error.Message);
    }

    [Theory]
    [InlineData(PdfFonts.Sans, false, false, "DejaVuSans")]
    [InlineData(PdfFonts.Sans, true, false, "DejaVuSans-Bold")]
    [InlineData(PdfFonts.Serif, true, true, "DejaVuSerif-BoldItalic")]
    [InlineData(PdfFonts.Mono, false, true, "DejaVuSansMono-Oblique")]
    [InlineData("Arial", false, false, "DejaVuSans")]
    public void Families_and_styles_resolve_to_the_dejavu_files(string family, bool bold, bool italic, string face) =>
        Assert.Equal(face, new PdfFonts().ResolveTypeface(family, bold, italic).FaceName);
}
