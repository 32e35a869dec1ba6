using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Passerelles.Testing;

/// <summary>An HTML response, parsed, with helpers to read it and submit its forms as a browser would.</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public HttpResponseMessage Response { get; }
    public IHtmlDocument Document { get; }
    public string Html { get; }
    public HttpStatusCode Status => Response.StatusCode;

    private HtmlPage(HttpResponseMessage response, string html)
    {
        Response = response;
        Html = html;
        Document = Parser.ParseDocument(html);
    }

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return new HtmlPage(response, await response.Content.ReadAsStringAsync());
    }

    public static async Task<HtmlPage> FromAsync(HttpResponseMessage response) =>
        new(response, await response.Content.ReadAsStringAsync());

    public string Text(string selector) =>
        Document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"No element matches '{selector}'.");

    public IReadOnlyList<string> Texts(string selector) =>
        Document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    /// <summary>The error shown next to a field (by the field's name, e.g. "Input.Email").</summary>
    public string? FieldError(string fieldName) =>
        Document.QuerySelector($"[data-valmsg-for='{fieldName}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public string Label(string fieldName)
    {
        var input = Document.QuerySelector($"[name='{fieldName}']") ?? throw new InvalidOperationException($"No field '{fieldName}'.");
        return Document.QuerySelector($"label[for='{input.Id}']")?.TextContent.Trim() ?? throw new InvalidOperationException($"Field '{fieldName}' has no label.");
    }

    /// <summary>Submits the form matched by <paramref name="formSelector"/> with its current values, overridden by
    /// <paramref name="values"/>, including its antiforgery token; a GET form as a query string, as a browser does.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string formSelector, IDictionary<string, string>? values = null)
    {
        var form = Document.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked) fields.Add(new(input.Name!, input.Value));
                    }
                    else if (input.Type is not ("submit" or "button"))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        if (values is not null)
        {
            foreach (var (key, value) in values)
            {
                var index = fields.FindIndex(f => f.Key == key);
                if (index >= 0)
                {
                    // A checkbox's hidden "false" companion stays; only the first value is replaced.
                    fields[index] = new(key, value);
                }
                else
                {
                    fields.Add(new(key, value));
                }
            }
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : Response.RequestMessage!.RequestUri!.PathAndQuery;
        if (string.Equals(form.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase))
            return await client.GetAsync(action.Split('?')[0] + "?" + await new FormUrlEncodedContent(fields).ReadAsStringAsync());
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }
}
