namespace Passerelles.BrowserTests;

/// <summary>
/// A browser journey. Without Debian's Chromium it is skipped with the reason, so plain `dotnet test` works on any
/// machine; under ./test.sh (PASSERELLES_REQUIRE_ALL=1) it runs, and a missing browser fails it instead.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("PASSERELLES_REQUIRE_ALL") != "1")
            Skip = $"Browser journeys skipped: no Chromium at {ChromiumPath} (./test.sh installs it).";
    }
}
