using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Passerelles.Web.Features;

/// <summary>The one error page: friendly HTML in the person's language, or ProblemDetails for JSON callers.
/// It never shows exception details.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<Text> t, ILogger<ErrorModel> logger) : PageModel
{
    public int Status { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? TraceId { get; private set; }

    public IActionResult OnGet() => Render();
    public IActionResult OnPost() => Render();

    private IActionResult Render()
    {
        // The code is read from the address, not bound: shown in place of a post whose body could not be read, the page
        // must not read that body again, as binding would.
        int? code = int.TryParse(Convert.ToString(RouteData.Values["code"], System.Globalization.CultureInfo.InvariantCulture), out var given) ? given : null;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        // The database out of reach is no fault of the request: 503, and the instance recovers when the server is back.
        var outage = exception is not null && DatabaseOutage.Is(exception.Error);
        Status = outage ? StatusCodes.Status503ServiceUnavailable
            : exception is not null ? StatusCodes.Status500InternalServerError : code is >= 400 and < 600 ? code.Value : 404;
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (outage)
            logger.LogWarning("The database could not be reached for {Path}, trace {TraceId}: {Reason}", exception!.Path, TraceId, exception.Error.Message);
        else if (exception is not null)
            logger.LogError(exception.Error, "Unhandled exception on {Path}, trace {TraceId}", exception.Path, TraceId);

        (Heading, Explanation) = Status switch
        {
            401 => (t["Sign-in required"].Value, t["Sign in to Passerelles to use this address."].Value),
            400 => (t["The request could not be understood"].Value, t["Something in what was sent is not valid. Go back, check the form and try again."].Value),
            403 => (t["Access denied"].Value, t["Your account does not give access to this page. Ask your organisation's administrator if you need it."].Value),
            404 => (t["Page not found"].Value, t["This page does not exist or has moved."].Value),
            413 => (t["Too much data"].Value, t["What was sent is larger than Passerelles accepts."].Value),
            429 => (t["Too many attempts"].Value, t["Please wait a minute before trying again."].Value),
            503 => (t["Passerelles is temporarily unavailable"].Value, t["Its database cannot be reached just now. Please try again in a moment."].Value),
            _ => (t["Something went wrong"].Value, t["The problem has been recorded. Please try again in a moment."].Value),
        };
        Response.StatusCode = Status;
        if (outage) Response.Headers.RetryAfter = "5";

        // Under /api the answer is ProblemDetails whatever the caller accepts: scripts read it, no one browses it.
        var asked = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? exception?.Path;
        if (Request.WantsJson() || (asked is not null && ApiDocument.IsApi(asked)))
        {
            return new ObjectResult(new ProblemDetails { Status = Status, Title = Heading, Detail = Explanation, Extensions = { ["traceId"] = TraceId } })
            {
                StatusCode = Status,
                ContentTypes = { "application/problem+json" },
            };
        }
        return Page();
    }
}
