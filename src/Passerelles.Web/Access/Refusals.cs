using System.Security.Claims;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Passerelles.Web.Access;

/// <summary>The pinned answers to a refusal: not found to whoever may not see the record (its existence is not
/// revealed), forbidden to whoever sees it without being allowed the operation.</summary>
public static class Refusals
{
    /// <summary>The refusal of <paramref name="operation"/> on <paramref name="resource"/>, or null when it is allowed.</summary>
    public static async Task<IActionResult?> RefusalAsync(this IAuthorizationService authorization, ClaimsPrincipal user, object resource,
        OperationAuthorizationRequirement operation)
    {
        if (!(await authorization.AuthorizeAsync(user, resource, Operations.See)).Succeeded) return new NotFoundResult();
        if (!(await authorization.AuthorizeAsync(user, resource, operation)).Succeeded) return new ForbidResult();
        return null;
    }

    /// <summary>The refusal for someone who <paramref name="maySee"/> a record or not and <paramref name="mayAct"/> on
    /// it or not, or null when they may act.</summary>
    public static IActionResult? Unless(bool maySee, bool mayAct) =>
        !maySee ? new NotFoundResult() : !mayAct ? new ForbidResult() : null;
}
