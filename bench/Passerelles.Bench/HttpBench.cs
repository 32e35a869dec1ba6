using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Passerelles.Bench;

/// <summary>What the benchmarks that time pages one request after another share: signing in through the login form,
/// requesting a page in full, and the percentiles of the times.</summary>
internal static partial class HttpBench
{
    public static HttpClient Client(Uri app)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CA");
        return client;
    }

    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"signing in as {email} failed ({(int)response.StatusCode})");
    }

    public static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Times <paramref name="count"/> requests of a page, one after the other.</summary>
    public static async Task<List<double>> MeasureAsync(HttpClient client, string path, int count)
    {
        var timings = new List<double>();
        for (var run = 0; run < count; run++)
        {
            var clock = Stopwatch.StartNew();
            await GetAsync(client, path);
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        return timings;
    }

    public static void Report(string what, List<double> timings) =>
        Console.WriteLine($"{what,-44} n={timings.Count,4} p50={Percentile(timings, 0.5),7:F1} ms p95={Percentile(timings, 0.95),7:F1} ms max={timings.Max(),7:F1} ms");

    public static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
