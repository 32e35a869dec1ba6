using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Organisations;

public sealed class SearchKeyTests
{
    [Theory]
    [InlineData("CERESO", "cereso")]
    [InlineData("Cégep régional de Lanaudière", "cegep regional de lanaudiere")]
    [InlineData("Le Tube à ESS’ai", "le tube a ess'ai")]
    [InlineData("  Œuvre  ", "oeuvre")]
    public void The_search_key_ignores_case_and_accents(string name, string key) =>
        Assert.Equal(key, Organisation.SearchKey(name));
}
