using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Sdk;

[assembly: Passerelles.BrowserTests.FrenchLeakCheck]

namespace Passerelles.BrowserTests;

/// <summary>The journeys' French-leak check: every page a journey loads in French is read for English words of the
/// interface (<see cref="EnglishLeaks"/>), and a journey that met one fails when it ends, naming the page and the words.
/// The test administrator's name is a proper noun.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed partial class FrenchLeakCheck : BeforeAfterTestAttribute
{
    private static readonly object Gate = new();
    private static readonly List<Task<IReadOnlyList<string>>> Checks = [];

    /// <summary>Reads every page <paramref name="page"/> loads from now on.</summary>
    public static void Watch(IPage page) =>
        page.Load += (_, loaded) =>
        {
            lock (Gate) Checks.Add(Task.Run(() => CheckAsync(loaded)));
        };

    private static async Task<IReadOnlyList<string>> CheckAsync(IPage page)
    {
        try
        {
            var url = page.Url;
            var html = await page.ContentAsync();
            return FrenchPage().IsMatch(html) ? EnglishLeaks.Find(html, [AppFactory.AdministratorName]).Select(leak => $"{url}: {leak}").ToList() : [];
        }
        catch (PlaywrightException)
        {
            return []; // The page moved on before it could be read: the next one is read when it loads.
        }
    }

    public override void Before(MethodInfo methodUnderTest)
    {
        lock (Gate) Checks.Clear();
    }

    public override void After(MethodInfo methodUnderTest)
    {
        Task<IReadOnlyList<string>>[] checks;
        lock (Gate) checks = [.. Checks];
        var all = Task.WhenAll(checks);
        if (!all.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("The French-leak check did not finish reading the pages.");
        var leaks = all.Result.SelectMany(l => l).Distinct().ToList();
        Assert.True(leaks.Count == 0, $"English words on French pages of {methodUnderTest.Name}:\n" + string.Join("\n", leaks));
    }

    [GeneratedRegex("""<html[^>]*\slang="fr""", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchPage();
}
