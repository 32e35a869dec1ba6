using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Passerelles.Web.Infrastructure;

/// <summary>
/// Lets a form be shown again after a checkbox was posted with a value that is not a boolean (<c>RememberMe=x</c>).
/// Model binding already refused the value with a localised error; but the checkbox tag helper re-reads the posted
/// value to decide whether to tick the box, and that throws a <see cref="FormatException"/>. Running first, this
/// forgets the unreadable value (the error stays beside the field), so the box shows what the model holds.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
public sealed class CheckboxTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Before the framework's input tag helper (order -1000), which reads the posted value.</summary>
    public override int Order => -1001;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var type = context.AllAttributes.TryGetAttribute("type", out var attribute) ? attribute.Value?.ToString() : null;
        var isCheckbox = type is null
            ? For.ModelExplorer.ModelType == typeof(bool)
            : string.Equals(type, "checkbox", StringComparison.OrdinalIgnoreCase);
        if (!isCheckbox) return;

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.RawValue is not null && !IsBoolean(entry.RawValue))
            ViewContext.ModelState.SetModelValue(name, rawValue: null, entry.AttemptedValue);
    }

    // The box and its hidden "false" companion post two values; the first is the one the tag helper reads.
    private static bool IsBoolean(object raw) => raw switch
    {
        string[] values => values.Length == 0 || bool.TryParse(values[0], out _),
        bool => true,
        var value => bool.TryParse(value.ToString(), out _),
    };
}
