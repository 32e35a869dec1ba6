namespace Passerelles.Web.Features.Account;

/// <summary>Outside Development there are no demo accounts: until someone has created the first network
/// administrator at /account/setup, every page leads there.</summary>
public sealed class FirstAdministratorSetup
{
    public const string SetupPath = "/account/setup";
    private volatile bool _hasUsers;

    public async Task<bool> IsNeededAsync(AppDbContext db)
    {
        if (_hasUsers) return false;
        // Once someone exists the answer never goes back, so stop asking the database.
        _hasUsers = await db.Users.AnyAsync();
        return !_hasUsers;
    }
}

public static class FirstAdministratorSetupMiddleware
{
    private static readonly string[] ExemptPrefixes = [FirstAdministratorSetup.SetupPath, "/health", "/css", "/js", "/lib", "/error"];

    public static void UseFirstAdministratorSetup(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return;
        app.Use(async (context, next) =>
        {
            var exempt = ExemptPrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix));
            var setup = context.RequestServices.GetRequiredService<FirstAdministratorSetup>();
            if (!exempt && await setup.IsNeededAsync(context.RequestServices.GetRequiredService<AppDbContext>()))
            {
                context.Response.Redirect(FirstAdministratorSetup.SetupPath);
                return;
            }
            await next();
        });
    }
}
