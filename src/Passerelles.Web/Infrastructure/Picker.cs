namespace Passerelles.Web.Infrastructure;

/// <summary>A choice among things that grow with the data (organisations, people, projects): a search field that
/// suggests as one types, instead of a list of the whole table. The form sends the chosen id under
/// <see cref="Field"/> and the typed text under <see cref="SearchName"/>; the search button, for those without
/// JavaScript, sends the form back to be answered with the matching choices (<see cref="Pickers.SearchStep"/>).</summary>
public sealed record Picker(string Kind, string Field, string Label, PickerChoice? Chosen)
{
    public const string SearchButton = "pick";
    public const string SearchPrefix = "pick.";

    public string? Hint { get; init; }

    /// <summary>The label of choosing none, when the field may be left empty.</summary>
    public string? None { get; init; }

    /// <summary>Shown but not to be changed by this person: the current choice only, kept as it is.</summary>
    public bool Locked { get; init; }

    /// <summary>Whether suggestions come as one types: they are for signed-in people; visitors search by the button.</summary>
    public bool SuggestsAsYouType { get; init; } = true;

    /// <summary>Which of the choices the field accepts, when not all: sent with the text typed, so that only those are
    /// suggested.</summary>
    public string? Only { get; init; }

    public string Typed { get; init; } = "";

    /// <summary>What a search step found for this field; empty when it did not search it.</summary>
    public IReadOnlyList<PickerChoice> Found { get; init; } = [];

    /// <summary>Whether more than the choices found match: the person is invited to type more.</summary>
    public bool More { get; init; }

    /// <summary>What the suggestions need to know besides the text, as a query string ("?circle=…"): the record the
    /// choice is made for, whose rules say who may be picked.</summary>
    public string Context { get; init; } = "";

    public string SearchName => SearchPrefix + Field;
    public string Id => "pick-" + new string(Field.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
    public string Suggestions => Only is null
        ? $"/pick/{Kind}{Context}"
        : $"/pick/{Kind}{(Context.Length == 0 ? "?" : Context + "&")}only={Uri.EscapeDataString(Only)}";
}

public sealed record PickerChoice(Guid Id, string Name);

/// <summary>What a search for choices found: at most <see cref="Pickers.MaxChoices"/> of them, or why none.</summary>
public sealed record PickerAnswer(IReadOnlyList<PickerChoice> Choices, string? Error, bool More);

/// <summary>The choices a search found for a picker's field, as radio buttons of that field; or, when the suggestions
/// answer a person typing, why none.</summary>
public sealed record PickerFound(string Field, IReadOnlyList<PickerChoice> Choices, bool More, string? Message = null);

public static class Pickers
{
    public const int MinLength = 2;
    public const int MaxChoices = 10;

    /// <summary>The field whose search button sent the form, and the text typed in its search field: the form is not
    /// saved but shown again with the choices found. A filter's form sends them in the address.</summary>
    public static (string Field, string Text)? SearchStep(this HttpRequest request)
    {
        var values = request.HasFormContentType ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)request.Form : request.Query;
        var sent = values.ToDictionary(v => v.Key, v => v.Value.ToString());
        if (!sent.TryGetValue(Picker.SearchButton, out var field) || field.Length == 0) return null;
        var text = sent.GetValueOrDefault(Picker.SearchPrefix + field, "").Trim();
        // Enter in any field presses the form's first button, which may be a search button: with nothing to search
        // for, the person meant to send the form.
        return text.Length == 0 ? null : (field, text);
    }

    /// <summary>Whether the form was sent to search a picker's choices rather than to be saved. A search step is no
    /// attempt to save: what the person typed stays, without the errors of a form they have not finished.</summary>
    public static bool IsSearchStep(this PageModel page)
    {
        if (page.Request.SearchStep() is null) return false;
        foreach (var entry in page.ModelState.Values)
        {
            entry.Errors.Clear();
            entry.ValidationState = Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Skipped;
        }
        return true;
    }

    /// <summary>The picker as the page shows it: on the search step for its field, with what was found or, next to
    /// it, why nothing was.</summary>
    public static async Task<Picker> ShowAsync(this PageModel page, Picker picker, Func<string, Task<PickerAnswer>> find)
    {
        if (page.Request.SearchStep() is not { } step || step.Field != picker.Field || picker.Locked) return picker;
        var answer = await find(step.Text);
        if (answer.Error is { } error) page.ModelState.AddModelError(picker.Field, error);
        return picker with { Typed = step.Text, Found = answer.Choices, More = answer.More };
    }

    /// <summary>The field a suggestions request is for, and the text typed: the request's one <c>pick.</c>
    /// parameter (<c>?pick.Input.ParentId=cer</c>).</summary>
    public static (string Field, string Text)? PickedField(this PageModel page) =>
        page.Request.Query.Where(q => q.Key.StartsWith(Picker.SearchPrefix, StringComparison.Ordinal) && q.Key.Length > Picker.SearchPrefix.Length)
            .Select(q => ((string Field, string Text)?)(q.Key[Picker.SearchPrefix.Length..], q.Value.ToString()))
            .ToList() is [var only] ? only : null;

    /// <summary>The suggestions as the picker swaps them in; never kept, as they depend on who asks.</summary>
    public static IActionResult Suggestions(this PageModel page, string field, PickerAnswer answer)
    {
        page.Response.Headers.CacheControl = "private, no-store";
        return page.Partial("_PickerFound", new PickerFound(field, answer.Choices, answer.More, answer.Error));
    }
}
