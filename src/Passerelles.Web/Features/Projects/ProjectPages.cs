using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Passerelles.Web.Data;

namespace Passerelles.Web.Features.Projects;

/// <summary>What a project's management pages answer to someone who may not use them: not found to whoever may not
/// see the project (its existence is not revealed), forbidden to whoever sees it without managing it.</summary>
public static class ProjectPages
{
    public static async Task<IActionResult?> RefuseUnlessManagerAsync(AppDbContext db, ClaimsPrincipal user, Guid projectId)
    {
        if (!await ProjectAccess.MaySeeAsync(db, user, projectId)) return new NotFoundResult();
        if (!await ProjectAccess.MayManageAsync(db, user, projectId)) return new ForbidResult();
        return null;
    }
}
