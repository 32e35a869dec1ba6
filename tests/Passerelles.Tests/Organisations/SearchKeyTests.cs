using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Organisations;

public sealed class SearchKeyTests
{
    [Theory]
    [InlineData("CERESO", "cereso")]
    [InlineData("Cégep régional de Lanaudière", "cegep regional de lanaudiere")]
    [InlineData("Le Tube à ESS’ai", "le tube a ess'ai")]
    [InlineData("  Œuvre  ", "oeuvre")]
    [InlineData("Ça\u00A0Æ ‘x’ ʼy", "ca\u00A0ae 'x' 'y")]
    [InlineData("E\u0301cole\u2003Coope\u0301rative", "ecole\u2003cooperative")]
    [InlineData("Ελληνικά Straße", "ελληνικα straße")]
    [InlineData("மொழி école", "மொழி ecole")]
    public void The_search_key_ignores_case_and_accents(string name, string key) =>
        Assert.Equal(key, Organisation.SearchKey(name));
}
