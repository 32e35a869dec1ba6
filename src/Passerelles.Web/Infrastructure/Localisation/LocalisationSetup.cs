using System.Security.Claims;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Passerelles.Web.Infrastructure.Localisation;

public static class LocalisationSetup
{
    public const string CultureClaim = "passerelles:culture";

    public static void AddLocalisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, ContractingStringLocalizerFactory>());
        var defaultCulture = builder.Configuration["Localisation:DefaultCulture"] is { } configured && Cultures.IsSupported(configured)
            ? Cultures.Normalise(configured)
            : Cultures.QuebecFrench;

        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Supported.Select(Cultures.Get).ToList();
            options.DefaultRequestCulture = new RequestCulture(defaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = false;
            options.FallBackToParentUICultures = false;
            // A signed-in person's own choice first, then the visitor's cookie, then the browser's languages.
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context =>
                {
                    var chosen = context.User.FindFirstValue(CultureClaim);
                    return Task.FromResult(Cultures.IsSupported(chosen)
                        ? new ProviderCultureResult(Cultures.Normalise(chosen!))
                        : null);
                }),
                new CookieRequestCultureProvider(),
                new LanguagePreferenceProvider(),
            ];
        });
    }

    public static void UseLocalisation(this WebApplication app) =>
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
}

/// <summary>Maps Accept-Language to one of the three cultures: "fr-CA" and "fr-FR" as such, any other French to
/// France French except Canadian variants, any English to en.</summary>
internal sealed class LanguagePreferenceProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in languages)
        {
            var tag = language.Value.Value ?? "";
            var match = tag.ToLowerInvariant() switch
            {
                "fr-ca" => Cultures.QuebecFrench,
                var t when t.StartsWith("fr", StringComparison.Ordinal) => Cultures.FranceFrench,
                var t when t.StartsWith("en", StringComparison.Ordinal) => Cultures.English,
                _ => null,
            };
            if (match is not null) return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(match));
        }
        return NullProviderCultureResult;
    }
}
