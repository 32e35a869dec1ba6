using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Passerelles.ClusterTests;

/// <summary>One request of the load: when it started (seconds from the start of the load), how long it took, and whether
/// it got the answer it should have (a page, or the redirect after a saved form).</summary>
public sealed record Sample(double At, double Seconds, bool Succeeded, string What);

/// <summary>What a client saved and was told was saved (a redirect after its form): the titles of circle sessions and
/// discussions, and the text of posts.</summary>
public sealed record Write(string Kind, string Text);

/// <summary>A signed-in person working in their circle, in a loop: reads the circle, plans a session, opens a
/// discussion, answers it. Each request is timed; each write that was answered as saved is recorded.</summary>
public sealed class Worker(HttpClient client, Guid circleId, int number, Stopwatch clock, ConcurrentBag<Sample> samples, ConcurrentBag<Write> writes)
{
    private int _round;
    private string? _discussion;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            _round++;
            try
            {
                switch (_round % 4)
                {
                    case 0: await ReadAsync($"/circles/{circleId}", "read circle"); break;
                    case 1: await PlanSessionAsync(); break;
                    case 2: await OpenDiscussionAsync(); break;
                    default: await AnswerAsync(); break;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<HtmlPage?> ReadAsync(string path, string what)
    {
        var (response, at, seconds) = await TimedAsync(() => client.GetAsync(path));
        var succeeded = response?.StatusCode == HttpStatusCode.OK;
        samples.Add(new Sample(at, seconds, succeeded, succeeded ? what : $"{what} ({Answer(response)})"));
        return succeeded ? await HtmlPage.FromAsync(response!) : null;
    }

    private async Task<Uri?> PostAsync(HtmlPage form, Dictionary<string, string> values, string what)
    {
        var (response, at, seconds) = await TimedAsync(() => form.SubmitAsync(client, "main form", values));
        // A session on a public holiday, or at the time of another: the form comes back with the conflicts, to be
        // saved anyway, as a person would.
        if (response?.StatusCode == HttpStatusCode.OK && (await HtmlPage.FromAsync(response)) is var warned
            && warned.Document.QuerySelector("input[name='Input.Acknowledged']")?.GetAttribute("value") is { } token)
        {
            samples.Add(new Sample(at, seconds, true, what + " (conflicts shown)"));
            (response, at, seconds) = await TimedAsync(() => warned.SubmitAsync(client, "main form", new Dictionary<string, string>(values) { ["Input.Acknowledged"] = token }));
        }
        var succeeded = response?.StatusCode == HttpStatusCode.Redirect;
        samples.Add(new Sample(at, seconds, succeeded, succeeded ? what : $"{what} ({Answer(response)})"));
        return succeeded ? response!.Headers.Location : null;
    }

    private async Task PlanSessionAsync()
    {
        if (await ReadAsync($"/circles/{circleId}/sessions/new", "session form") is not { } form) return;
        // Past dates, one day per session and person: no reminder, no clash with another session.
        var date = new DateOnly(2001, 1, 1).AddDays(number * 400 + _round / 4);
        var title = $"Séance {number}-{_round}";
        var values = new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Agenda"] = "Tour de table", ["Input.Date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Time"] = "10:00", ["Input.TimeZoneId"] = "America/Toronto", ["Input.DurationMinutes"] = "60",
        };
        if (await PostAsync(form, values, "plan session") is not null) writes.Add(new Write("session", title));
    }

    private async Task OpenDiscussionAsync()
    {
        if (await ReadAsync($"/circles/{circleId}/discussions/new", "discussion form") is not { } form) return;
        var title = $"Sujet {number}-{_round}";
        if (await PostAsync(form, new() { ["Input.Title"] = title, ["Input.Body"] = $"Premier message {number}-{_round}" }, "open discussion") is { } location)
        {
            writes.Add(new Write("discussion", title));
            writes.Add(new Write("post", $"Premier message {number}-{_round}"));
            _discussion = location.OriginalString;
        }
    }

    private async Task AnswerAsync()
    {
        if (_discussion is null || await ReadAsync(_discussion, "read discussion") is not { } page) return;
        var body = $"Réponse {number}-{_round}";
        if (await PostAsync(page, new() { ["Input.Body"] = body }, "answer") is not null) writes.Add(new Write("post", body));
    }

    private static string Answer(HttpResponseMessage? response) => response is null ? "no answer" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(HttpResponseMessage? Response, double At, double Seconds)> TimedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var at = clock.Elapsed.TotalSeconds;
        try
        {
            var response = await send();
            return (response, at, clock.Elapsed.TotalSeconds - at);
        }
        catch (HttpRequestException)
        {
            return (null, at, clock.Elapsed.TotalSeconds - at);
        }
        catch (TaskCanceledException) when (!clock.IsRunning || clock.Elapsed.TotalSeconds - at >= 59)
        {
            return (null, at, clock.Elapsed.TotalSeconds - at);
        }
    }
}
