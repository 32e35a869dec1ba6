namespace Passerelles.Web.Features.Organisations;

/// <summary>The themes of a form: priority themes checked, and free tags typed and separated by commas. An
/// organisation's profile and a project's application ask for them the same way.</summary>
public abstract class ThemesForm
{
    public const int MaxTags = 20;

    [Display(Name = "Priority themes")]
    public List<string> Priorities { get; set; } = [];

    [StringLength(2000)]
    [Display(Name = "Other themes")]
    public string? Tags { get; set; }

    protected IEnumerable<ValidationResult> ValidateThemes(IStringLocalizer t)
    {
        if (Priorities.Any(p => !OrganisationTheme.IsPriority(p)))
            yield return new ValidationResult(t["This value is not valid."], [nameof(Priorities)]);
        var tags = TagList();
        if (tags.Any(tag => tag.Length > OrganisationTheme.NameMaxLength))
            yield return new ValidationResult(t["Each theme must be {0} characters or fewer.", OrganisationTheme.NameMaxLength], [nameof(Tags)]);
        else if (tags.Count > MaxTags)
            yield return new ValidationResult(t["Enter at most {0} themes.", MaxTags], [nameof(Tags)]);
    }

    /// <summary>The free tags as they will be stored: trimmed, without duplicates (whatever the case), without the
    /// priority themes, which have their own checkboxes.</summary>
    public IReadOnlyList<string> TagList() =>
        (Tags ?? "").Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(tag => string.Join(' ', tag.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(tag => !OrganisationTheme.Priorities.Contains(tag, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Every theme as stored: the priorities checked (or typed as tags), then the free tags.</summary>
    public IReadOnlyList<string> ThemeNames()
    {
        var typed = (Tags ?? "").Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var priorities = OrganisationTheme.Priorities
            .Where(p => Priorities.Contains(p, StringComparer.Ordinal) || typed.Contains(p, StringComparer.OrdinalIgnoreCase));
        return priorities.Concat(TagList()).ToList();
    }
}
