using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Passerelles.BrowserTests.ServedHtmlLast", "Passerelles.BrowserTests")]

namespace Passerelles.BrowserTests;

/// <summary>Every page the journeys loaded, as the app sent it (one per path and language, kept by
/// <see cref="PageChecks"/>), passes the Nu HTML Checker. It runs after the journeys (see <see cref="ServedHtmlLast"/>),
/// in one run of the checker for all the pages. Run it with the journeys it should read, e.g.
/// <c>--filter "FullyQualifiedName~CircleJourney|FullyQualifiedName~ServedHtml"</c>.</summary>
[Collection(Collection)]
public sealed class ServedHtml
{
    public const string Collection = "Pages the journeys loaded";

    public static ServedPages Pages { get; } = new();

    [BrowserFact]
    public async Task Every_page_the_journeys_loaded_is_valid_html()
    {
        var count = Pages.Count;
        Assert.True(count > 0, "No journey ran before this test, so no page was validated: run it with the journeys.");
        try
        {
            var errors = await Pages.ValidateAsync();
            Assert.True(errors.Count == 0, $"{errors.Count} errors from the Nu HTML Checker on the {count} pages the journeys loaded:\n" + string.Join("\n", errors));
        }
        finally
        {
            Pages.Dispose();
        }
    }
}

/// <summary>Runs the test collections in xunit's usual order, but the validation of the pages the journeys loaded last.</summary>
public sealed class ServedHtmlLast : ITestCollectionOrderer
{
    private readonly DefaultTestCollectionOrderer _usual = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _usual.OrderTestCollections(testCollections).OrderBy(c => c.DisplayName == ServedHtml.Collection);
}
