using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Passerelles.Tests.Security;

/// <summary>Every page that addresses a record, asked about one record of each kind by every role, answers what the
/// route matrix of Access/README.md says (200, 302, 403, 404, or the sign-in page).</summary>
public sealed class AccessSweepTests(SweepApp app) : IClassFixture<SweepApp>
{
    [Fact]
    public void Every_route_that_addresses_a_record_is_in_the_matrix()
    {
        var matrix = AccessMatrix.Read();
        var routes = SweepRoutes.Discover(app.Services.GetRequiredService<EndpointDataSource>());
        Assert.NotEmpty(routes);

        var unlisted = routes.Select(r => r.Route).Distinct().Where(r => matrix.Rows.All(row => row.Route != r)).ToList();
        var stale = matrix.Rows.Where(row => routes.All(r => r.Route != row.Route)).Select(row => $"line {row.Line}: {row.Route}").Distinct().ToList();

        Assert.True(unlisted.Count == 0 && stale.Count == 0,
            (unlisted.Count > 0 ? "Routes missing from the matrix in Access/README.md (add a row per kind of record they address):\n  " + string.Join("\n  ", unlisted) + "\n" : "") +
            (stale.Count > 0 ? "Matrix rows for routes that no longer exist:\n  " + string.Join("\n  ", stale) : ""));
    }

    [Fact]
    public async Task Every_role_gets_the_answer_of_the_matrix_for_every_record()
    {
        var matrix = AccessMatrix.Read();
        var world = await app.WorldAsync();
        var mismatches = new List<string>();
        var checks = 0;

        foreach (var row in matrix.Rows)
        {
            if (!world.Records.TryGetValue(row.Record, out var records))
            {
                mismatches.Add($"line {row.Line}: the sweep builds no record '{row.Record}' for {row.Route}");
                continue;
            }
            var requests = new List<Task<string?>>();
            foreach (var record in records)
            {
                if (AccessMatrix.UrlFor(row.Route, record.Values) is not { } url)
                {
                    mismatches.Add($"line {row.Line}: record '{row.Record}' has no value for every parameter of {row.Route}");
                    continue;
                }
                // The roles of one row are asked at once: each has its own client, and no GET changes what another one reads.
                requests.AddRange(row.Expected.Select(async expected =>
                {
                    var answer = SweepRoutes.Answer(await world.ClientFor(expected.Key, record.Owner).GetAsync(url));
                    return answer == expected.Value ? null
                        : $"GET {row.Route} [{row.Record} of {record.Owner}] as {expected.Key}: expected {expected.Value}, got {answer} ({url})";
                }));
            }
            checks += requests.Count;
            mismatches.AddRange((await Task.WhenAll(requests)).OfType<string>());
        }

        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} of {checks} answers differ from the matrix in Access/README.md:\n" + string.Join("\n", mismatches));
    }
}

/// <summary>Every POST handler of a page that addresses a record, posted by an outsider with a valid antiforgery token,
/// is refused and changes nothing in the database.</summary>
public sealed class PostSweepTests(SweepApp app) : IClassFixture<SweepApp>
{
    [Fact]
    public async Task No_outsider_can_post_to_a_record_and_nothing_changes()
    {
        var matrix = AccessMatrix.Read();
        var world = await app.WorldAsync();
        var handlers = await SweepRoutes.PostHandlersAsync(app.Services);
        Assert.NotEmpty(handlers);
        var tokens = new Dictionary<HttpClient, string>();
        var mismatches = new List<string>();
        var posts = 0;
        var before = await DatabaseFingerprint.TakeAsync(app);

        foreach (var (route, handler) in handlers)
        {
            foreach (var row in matrix.Rows.Where(r => r.Route == route))
            {
                if (!world.Records.TryGetValue(row.Record, out var records)) continue;
                foreach (var record in records)
                {
                    if (AccessMatrix.UrlFor(route, record.Values) is not { } url) continue;
                    var target = handler.Length == 0 ? url : $"{url}{(url.Contains('?') ? '&' : '?')}handler={handler}";
                    var outsiders = new (string Name, SweepAccount Account, string[] Refusals)[]
                    {
                        ("unrelated coach", record.Owner.Unrelated.Coach, row.Expected[SweepRole.UnrelatedCoach] is "403" or "404" ? [row.Expected[SweepRole.UnrelatedCoach]] : ["403"]),
                        ("unrelated partner guest", record.Owner.Unrelated.Guest, ["403", "404"]),
                        ("member of another project", record.Owner.Unrelated.ProjectMember, ["403", "404"]),
                    };
                    foreach (var (name, account, refusals) in outsiders)
                    {
                        if (matrix.IsOpen(route, handler.Length == 0 ? "(default)" : handler, row.Record, name)) continue;
                        if (!tokens.TryGetValue(account.Client, out var token))
                            tokens[account.Client] = token = await SweepRoutes.AntiforgeryTokenAsync(account.Client);
                        var response = await account.Client.PostAsync(target,
                            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
                        posts++;
                        var answer = SweepRoutes.Answer(response);
                        var after = await DatabaseFingerprint.TakeAsync(app);
                        var changed = DatabaseFingerprint.Changes(before, after);
                        before = after;
                        if (!refusals.Contains(answer) || changed.Count > 0)
                            mismatches.Add($"POST {route} handler {(handler.Length == 0 ? "(default)" : handler)} [{row.Record} of {record.Owner}] as {name}: " +
                                           $"expected {string.Join(" or ", refusals)}, got {answer}" +
                                           (changed.Count > 0 ? $", and it changed {string.Join(", ", changed)}" : "") + $" ({target})");
                    }
                }
            }
        }

        Assert.True(posts > 0, "No post was made: the matrix covers none of the POST handlers.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {posts} posts by outsiders were not refused cleanly:\n" + string.Join("\n", mismatches));
    }
}
