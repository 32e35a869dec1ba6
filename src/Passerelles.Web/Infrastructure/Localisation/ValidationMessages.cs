using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Passerelles.Web.Infrastructure.Localisation;

/// <summary>Gives a key of the interface's strings to every validation attribute written without a message, and to the
/// [Required] that MVC adds by itself to a non-nullable value such as a checkbox: otherwise the framework writes its
/// English default ("The … field is required.") into the page. Forms write [Required] and [StringLength(n)] bare, and
/// give a message only where it says more than these.</summary>
public static class ValidationMessages
{
    public static string KeyFor(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => "This field is required.",
        StringLengthAttribute or MaxLengthAttribute => "This field is too long.",
        _ => "This value is not valid.",
    };

    public static void GiveKey(ValidationAttribute attribute)
    {
        if (string.IsNullOrEmpty(attribute.ErrorMessage) && attribute.ErrorMessageResourceType is null &&
            string.IsNullOrEmpty(attribute.ErrorMessageResourceName))
            attribute.ErrorMessage = KeyFor(attribute);
    }
}

/// <summary>The attributes that validate on the server.</summary>
public sealed class LocalisedValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
            ValidationMessages.GiveKey(attribute);
    }
}

/// <summary>The attributes written into the page for the browser, the implicit [Required] included.</summary>
public sealed class LocalisedValidationAttributeAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider framework = new();

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer)
    {
        ValidationMessages.GiveKey(attribute);
        return framework.GetAttributeAdapter(attribute, stringLocalizer);
    }
}
