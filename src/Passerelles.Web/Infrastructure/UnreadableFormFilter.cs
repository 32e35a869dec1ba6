using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Passerelles.Web.Infrastructure;

/// <summary>
/// Reads a posted form before anything else on a page does (the antiforgery check, model binding), so that a body over
/// a limit answers 413 and a malformed one 400, both with the error page in the person's language, on every form
/// alike. Runs after the page's own <see cref="RequestFormLimitsAttribute"/> (order -2000) has set its limits.
/// </summary>
public sealed class UnreadableFormFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        // The error page, shown in place of a refused request, does not read that request's body again.
        if (!http.Request.HasFormContentType ||
            http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
            return;
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            context.Result = new StatusCodeResult(e.StatusCode);
        }
        catch (InvalidDataException e)
        {
            // The form reader says which of its limits was passed ("Multipart body length limit 1048576 exceeded.");
            // anything else it refuses is malformed.
            context.Result = new StatusCodeResult(e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? StatusCodes.Status413PayloadTooLarge
                : StatusCodes.Status400BadRequest);
        }
        catch (IOException) when (!http.RequestAborted.IsCancellationRequested)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
    }
}
