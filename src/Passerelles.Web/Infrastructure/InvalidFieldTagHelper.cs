using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Passerelles.Web.Infrastructure;

/// <summary>
/// Marks a form field whose value was refused with <c>aria-invalid="true"</c>, so that assistive technologies announce
/// it as invalid along with the error beside it (which the field's <c>aria-describedby</c> points to).
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class InvalidFieldTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.ContainsName("aria-invalid")) return;
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.ValidationState == ModelValidationState.Invalid)
            output.Attributes.SetAttribute("aria-invalid", "true");
    }
}
