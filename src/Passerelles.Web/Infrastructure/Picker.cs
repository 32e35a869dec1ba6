using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Passerelles.Web.Infrastructure;

/// <summary>A choice among things that grow with the data (organisations, people, projects): a search field that
/// suggests as one types, instead of a list of the whole table. The form posts the chosen id under
/// <see cref="Field"/>; the typed text goes under <see cref="SearchName"/>, and the search button, for those without
/// JavaScript, sends the form back to be answered with the matching choices (<see cref="Pickers.SearchStep"/>).</summary>
public sealed record Picker(string Kind, string Field, string Label, PickerChoice? Chosen, bool Optional)
{
    public const string SearchButton = "pick";
    public const string SearchPrefix = "pick.";

    public string? Hint { get; init; }

    /// <summary>Shown but not to be changed by this person: the current choice only, kept as it is.</summary>
    public bool Locked { get; init; }
    public string Typed { get; init; } = "";

    /// <summary>What a search step found for this field; empty when it did not search it.</summary>
    public IReadOnlyList<PickerChoice> Found { get; init; } = [];

    /// <summary>Whether more than the choices found match: the person is invited to type more.</summary>
    public bool More { get; init; }

    public string SearchName => SearchPrefix + Field;
    public string Id => "pick-" + new string(Field.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
    public string Suggestions => $"/pick/{Kind}";
}

public sealed record PickerChoice(Guid Id, string Name);

/// <summary>The choices a search found for a picker's field, as radio buttons of that field; or, when the suggestions
/// answer a person typing, why none.</summary>
public sealed record PickerFound(string Field, IReadOnlyList<PickerChoice> Choices, bool More, string? Message = null);

/// <summary>What a search for choices found: at most <see cref="Pickers.MaxChoices"/> of them, or why none.</summary>
public sealed record PickerAnswer(IReadOnlyList<PickerChoice> Choices, string? Error, bool More);

public static class Pickers
{
    public const int MinLength = 2;
    public const int MaxChoices = 10;

    /// <summary>The field whose search button sent the form, and the text typed in its search field: the form is not
    /// saved but shown again with the choices found.</summary>
    public static (string Field, string Text)? SearchStep(this HttpRequest request)
    {
        if (!request.HasFormContentType || request.Form[Picker.SearchButton].ToString() is not { Length: > 0 } field) return null;
        return (field, request.Form[Picker.SearchPrefix + field].ToString().Trim());
    }

    /// <summary>The field a suggestions request is for, and the text typed: the request's one
    /// <c>pick.</c> parameter.</summary>
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

    /// <summary>Whether the form was sent to search a picker's choices rather than to be saved. A search step is no
    /// attempt to save: what the person typed stays, without the errors of a form they have not finished.</summary>
    public static bool IsSearchStep(this PageModel page)
    {
        if (page.Request.SearchStep() is null) return false;
        foreach (var entry in page.ModelState.Values)
        {
            entry.Errors.Clear();
            entry.ValidationState = ModelValidationState.Skipped;
        }
        return true;
    }

    /// <summary>The picker of <paramref name="field"/> as the page shows it: the current choice by name and, on the
    /// search step for this field, what was found or, next to it, why nothing was.</summary>
    public static async Task<Picker> ShowAsync(this PageModel page, Picker picker, Func<string, Task<PickerAnswer>> find)
    {
        if (page.Request.SearchStep() is not { } step || step.Field != picker.Field) return picker;
        var answer = await find(step.Text);
        if (answer.Error is { } error) page.ModelState.AddModelError(picker.Field, error);
        return picker with { Typed = step.Text, Found = answer.Choices, More = answer.More };
    }
}
