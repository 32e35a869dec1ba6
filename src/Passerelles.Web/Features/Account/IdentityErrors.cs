namespace Passerelles.Web.Features.Account;

/// <summary>Puts Identity's (already localised) errors next to the field they are about.</summary>
public static class IdentityErrors
{
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField, string? emailField = null)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                var code when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                var code when emailField is not null && (code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal)) => emailField,
                _ => "",
            };
            modelState.AddModelError(field, error.Description);
        }
    }
}
