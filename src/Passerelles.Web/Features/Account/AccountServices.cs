using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Passerelles.Web.Features.Account;

public static class AccountServices
{
    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<AppUser, IdentityRole<Guid>>(options =>
            {
                // E-mail addresses are user names, and they may be accented (élodie@…).
                options.User.AllowedUserNameCharacters = "";
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<ClockedUserManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ClockedAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<PasserellesClaimsFactory>()
            .AddErrorDescriber<LocalisedIdentityErrors>();

        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(3));
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "passerelles.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            // The API and JSON callers get status codes, not a redirect to an HTML sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            // A refusal to someone signed in is a 403 on the address they asked for, with the error page as its body:
            // no redirect that would hide the answer from scripts, screen readers' history and tests alike.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        builder.Services.AddSingleton<FirstAdministratorSetup>();
        builder.Services.AddSingleton<SignInThrottle>();
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var accept = context.Request.Headers.Accept.ToString();
        if (ApiDocument.IsApi(context.Request.Path)
            || (accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Puts the person's language, time zone and network role into the sign-in cookie.</summary>
public sealed class PasserellesClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim("name", user.DisplayName));
        if (user.IsNetworkAdministrator) identity.AddClaim(new Claim(Policies.NetworkAdministratorClaim, "true"));
        if (Cultures.IsSupported(user.PreferredCulture))
            identity.AddClaim(new Claim(LocalisationSetup.CultureClaim, user.PreferredCulture));

        var zone = user.TimeZoneId;
        if (!TimeZones.IsKnown(zone))
        {
            zone = await db.Memberships.Where(m => m.UserId == user.Id)
                .OrderBy(m => m.CreatedAt)
                .Select(m => m.Organisation.TimeZoneId)
                .FirstOrDefaultAsync() ?? "";
        }
        if (TimeZones.IsKnown(zone)) identity.AddClaim(new Claim(ViewerTime.TimeZoneClaim, zone));
        return identity;
    }
}
