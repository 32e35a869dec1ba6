using System.Collections;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Passerelles.Tests.Security;

/// <summary>Every form the app maps — each POST handler of its pages, found in the endpoint data source — posted by
/// someone the route matrix lets read the page, with one malformed value at a time: a box that is not a boolean, text
/// of only spaces, a date at either end of the calendar, a key given twice. None answers with a server error, nor does
/// the page a post leads to.</summary>
public sealed class MalformedFormsTests(SweepApp app) : IClassFixture<SweepApp>
{
    /// <summary>Pages without a parameter in their address that only make sense for a record named in their query.</summary>
    private static readonly Dictionary<string, Func<SweepWorld, string>> Queries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/coaching/new"] = world => $"project={world.Records["project"][0].Values["id"]}",
    };

    /// <summary>Who tries a form, in this order: the first the matrix lets read the page.</summary>
    private static readonly SweepRole[] Posters =
    [
        SweepRole.OwnerCoach, SweepRole.OwnerAdministrator, SweepRole.NetworkAdministrator, SweepRole.CarrierAdministrator,
        SweepRole.ProjectMember, SweepRole.PartnerCoach, SweepRole.OutsideAssessor, SweepRole.PartnerGuest, SweepRole.Visitor,
    ];

    /// <summary>Handlers whose success ends what the next posts need (deleting, leaving, signing out) come last.</summary>
    private static readonly string[] Final = ["delete", "remove", "revoke", "archive", "erase", "cancel", "withdraw", "leave", "logout", "disable"];

    private sealed record Target(string Route, string Handler, CompiledPageActionDescriptor Page);

    private sealed record Post(string Url, SweepRole Role, HttpClient Client);

    [Fact]
    public async Task No_form_answers_malformed_values_with_a_server_error()
    {
        var world = await app.WorldAsync();
        var matrix = AccessMatrix.Read();
        var targets = await TargetsAsync();
        Assert.NotEmpty(targets);
        var failures = new List<string>();
        var posts = 0;

        foreach (var target in targets.OrderBy(t => Final.Any(f => $"{t.Route} {t.Handler}".Contains(f, StringComparison.OrdinalIgnoreCase)))
                     .ThenBy(t => t.Route.Contains("logout", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var post in await PostsAsync(world, matrix, target))
            {
                var page = await HtmlPage.GetAsync(post.Client, post.Url);
                var action = target.Handler.Length == 0 ? post.Url : $"{post.Url}{(post.Url.Contains('?') ? '&' : '?')}handler={target.Handler}";
                var form = page.Status == HttpStatusCode.OK ? FormFor(page, post.Url, target.Handler) : null;
                var fields = form is null ? [] : FieldsOf(form);
                var token = form is null
                    ? await TokenAsync(post.Client, page)
                    : fields.First(f => f.Key == "__RequestVerificationToken").Value;
                fields.RemoveAll(f => f.Key == "__RequestVerificationToken");

                foreach (var (field, values) in MalformedValues(target, form, fields, world))
                {
                    var key = $"{target.Route} {target.Handler} {field}";
                    var body = fields.Where(f => !values.Any(v => v.Key == f.Key)).Concat(values).Append(new("__RequestVerificationToken", token));
                    var response = await post.Client.PostAsync(action, new FormUrlEncodedContent(body));
                    posts++;
                    var sent = string.Join("&", values.Select(v => $"{v.Key}={v.Value}"));
                    if ((int)response.StatusCode >= 500)
                        failures.Add($"{key} as {post.Role}: {(int)response.StatusCode} for {sent} ({action})");
                    // What a post let through must not break the page it leads to.
                    else if (response.Headers.Location?.OriginalString is { } next && next.StartsWith('/') &&
                             await post.Client.GetAsync(next) is { StatusCode: >= HttpStatusCode.InternalServerError } shown)
                        failures.Add($"{key} as {post.Role}: {(int)shown.StatusCode} on {next} after {sent} ({action})");
                }
            }
        }

        Assert.True(posts > 500, $"Only {posts} malformed posts were made.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {posts} malformed posts answered with a server error:\n" + string.Join("\n", failures));
    }

    /// <summary>The POST handlers of every page: its route (as the matrix writes it) and the handler's name.</summary>
    private async Task<IReadOnlyList<Target>> TargetsAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var targets = new List<Target>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            targets.AddRange(page.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => new Target(route, h.Name ?? "", page)));
        }
        return targets.DistinctBy(t => (t.Route, t.Handler)).ToList();
    }

    /// <summary>Where a form is posted and by whom: for a route that addresses records, one record of each kind the
    /// matrix lists, by the first poster it lets read the page; for any other, the first poster who can read it.</summary>
    private static async Task<IReadOnlyList<Post>> PostsAsync(SweepWorld world, AccessMatrix matrix, Target target)
    {
        var team = world.Teams[0];
        var rows = matrix.Rows.Where(r => r.Route == target.Route).ToList();
        if (rows.Count > 0)
        {
            return rows.DistinctBy(r => r.Record)
                .Where(r => world.Records.ContainsKey(r.Record))
                .Select(r => (Row: r, Record: world.Records[r.Record][0]))
                .Select(x => (x.Row, x.Record, Url: AccessMatrix.UrlFor(target.Route, x.Record.Values)))
                .Where(x => x.Url is not null && Posters.Any(p => x.Row.Expected[p] == "200"))
                .Select(x =>
                {
                    var role = Posters.First(p => x.Row.Expected[p] == "200");
                    return new Post(x.Url!, role, world.ClientFor(role, x.Record.Owner));
                })
                .ToList();
        }
        var url = AccessMatrix.UrlFor(target.Route, new Dictionary<string, string>()) ?? target.Route;
        if (Queries.TryGetValue(url, out var query)) url = $"{url}?{query(world)}";
        foreach (var role in Posters)
        {
            var client = world.ClientFor(role, team);
            if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK) return [new Post(url, role, client)];
        }
        return [new Post(url, SweepRole.NetworkAdministrator, world.NetworkAdministrator.Client)];
    }

    /// <summary>The form of the page that posts to the handler, if the page shows one.</summary>
    private static IHtmlFormElement? FormFor(HtmlPage page, string url, string handler) =>
        page.Document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault(f =>
            {
                var action = f.GetAttribute("action") is { Length: > 0 } a ? a : url;
                var path = action.Split('?')[0];
                var posted = action.Split('?').ElementAtOrDefault(1)?.Split('&').Select(p => p.Split('=')).FirstOrDefault(p => p[0] == "handler")?.ElementAtOrDefault(1) ?? "";
                return string.Equals(path, url.Split('?')[0], StringComparison.OrdinalIgnoreCase) && string.Equals(posted, handler, StringComparison.OrdinalIgnoreCase);
            });

    /// <summary>A form's values as a browser would post them.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked) fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        return fields;
    }

    private static async Task<string> TokenAsync(HttpClient client, HtmlPage page) =>
        page.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
        ?? (await HtmlPage.GetAsync(client, "/account/login")).Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
        ?? await SweepRoutes.AntiforgeryTokenAsync(client);

    /// <summary>For each field the handler binds, the malformed values to try, one field at a time.</summary>
    private static IEnumerable<(string Field, IReadOnlyList<KeyValuePair<string, string>> Values)> MalformedValues(
        Target target, IHtmlFormElement? form, List<KeyValuePair<string, string>> fields, SweepWorld world)
    {
        var bound = target.Page.BoundProperties.Select(p => (Name: p.BindingInfo?.BinderModelName ?? p.Name, Type: p.ParameterType, p.BindingInfo))
            .Concat(target.Page.HandlerMethods.Where(h => (h.Name ?? "") == target.Handler && h.HttpMethod == "POST").SelectMany(h => h.Parameters)
                .Select(p => (Name: p.BindingInfo?.BinderModelName ?? p.Name, Type: p.ParameterType, p.BindingInfo)))
            .Where(b => b.BindingInfo?.BindingSource is not { } source || source == BindingSource.Form || source == BindingSource.ModelBinding)
            .ToList();
        var names = bound.SelectMany(b => Leaves(b.Type, b.Name, 0)).DistinctBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();
        // Fields the page shows under names the binding metadata cannot spell (rows of a list, by index).
        names.AddRange(fields.Select(f => f.Key).Where(k => names.All(n => !string.Equals(n.Name, k, StringComparison.OrdinalIgnoreCase)))
            .Distinct().Select(k => (Name: k, Type: KindOf(form, k))).Where(l => l.Type is not null).Select(l => (l.Name, l.Type!)));

        foreach (var (name, type) in names)
        {
            var element = Nullable.GetUnderlyingType(type) ?? type;
            if (element == typeof(bool)) yield return (name, [new(name, "x")]);
            else if (element == typeof(string)) yield return (name, [new(name, "   ")]);
            else if (element == typeof(DateOnly) || element == typeof(LocalDate))
            {
                yield return (name, [new(name, "0001-01-01")]);
                yield return (name, [new(name, "9999-12-31")]);
            }
            else if (element == typeof(DateTime) || element == typeof(DateTimeOffset) || element == typeof(LocalDateTime))
            {
                yield return (name, [new(name, "0001-01-01T00:00")]);
                yield return (name, [new(name, "9999-12-31T23:59")]);
            }
            else if (CollectionElement(element) is { } item && IsSimple(item))
            {
                var value = fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)).Value
                            ?? FormValue(form, name) ?? Sample(item, world);
                if (value is not null) yield return (name, [new(name, value), new(name, value)]);
            }
            else if (CollectionElement(element) is { } row)
            {
                // Two rows naming the same record: the same key in rows 0 and 1.
                foreach (var property in row.GetProperties().Where(p => p.CanWrite && (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(Guid)))
                {
                    var first = $"{name}[0].{property.Name}";
                    var value = fields.FirstOrDefault(f => string.Equals(f.Key, first, StringComparison.OrdinalIgnoreCase)).Value ?? Guid.NewGuid().ToString();
                    yield return (first, [new(first, value), new($"{name}[1].{property.Name}", value)]);
                }
            }
        }
    }

    /// <summary>The bound leaves under a name: simple values and collections, by the name a form posts them under.</summary>
    private static IEnumerable<(string Name, Type Type)> Leaves(Type type, string name, int depth)
    {
        var element = Nullable.GetUnderlyingType(type) ?? type;
        if (IsSimple(element) || element == typeof(Microsoft.AspNetCore.Http.IFormFile))
        {
            if (element != typeof(Microsoft.AspNetCore.Http.IFormFile)) yield return (name, type);
            yield break;
        }
        if (CollectionElement(element) is { } item)
        {
            yield return (name, type);
            if (!IsSimple(item) && depth < 4)
                foreach (var leaf in Leaves(item, $"{name}[0]", depth + 1)) yield return leaf;
            yield break;
        }
        if (depth >= 4) yield break;
        foreach (var property in element.GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            foreach (var leaf in Leaves(property.PropertyType, $"{name}.{property.Name}", depth + 1))
                yield return leaf;
    }

    private static Type? CollectionElement(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetGenericArguments() is [var item] ? item : null;

    private static bool IsSimple(Type type)
    {
        var element = Nullable.GetUnderlyingType(type) ?? type;
        return element.IsPrimitive || element.IsEnum || element == typeof(string) || element == typeof(decimal) || element == typeof(Guid)
               || element == typeof(DateOnly) || element == typeof(TimeOnly) || element == typeof(DateTime) || element == typeof(DateTimeOffset)
               || element == typeof(LocalDate) || element == typeof(LocalDateTime) || element == typeof(LocalTime) || element == typeof(Instant);
    }

    /// <summary>The kind of value a field the metadata does not name holds, from how the page shows it.</summary>
    private static Type? KindOf(IHtmlFormElement? form, string name) =>
        form?.Elements.FirstOrDefault(e => e.GetAttribute("name") == name) switch
        {
            IHtmlInputElement { Type: "checkbox" } input when input.Value is "true" or "false" => typeof(bool),
            IHtmlInputElement { Type: "date" } => typeof(DateOnly),
            IHtmlInputElement { Type: "datetime-local" } => typeof(DateTime),
            IHtmlInputElement { Type: "text" or "email" or "search" or "url" or "tel" } => typeof(string),
            IHtmlTextAreaElement => typeof(string),
            _ => null,
        };

    /// <summary>A value the page offers for a field (a box's value, an option).</summary>
    private static string? FormValue(IHtmlFormElement? form, string name) =>
        form?.Elements.Where(e => string.Equals(e.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            .Select(e => e is IHtmlSelectElement select ? select.Options.Select(o => o.Value).FirstOrDefault(v => v.Length > 0) : e.GetAttribute("value"))
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static string? Sample(Type item, SweepWorld world)
    {
        var element = Nullable.GetUnderlyingType(item) ?? item;
        if (element == typeof(Guid)) return world.Teams[0].Administrator.UserId.ToString();
        if (element == typeof(string)) return "a";
        if (element.IsEnum) return Enum.GetNames(element).First();
        if (element.IsPrimitive || element == typeof(decimal)) return "1";
        return null;
    }
}
