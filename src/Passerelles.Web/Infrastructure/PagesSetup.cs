using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Passerelles.Web.Infrastructure;

public static class PagesSetup
{
    public static void AddLogging(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
    }

    public static void AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRouting(o => o.LowercaseUrls = true);
        // Accented letters are written as themselves, not as numeric entities; markup characters are still encoded.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services
            .AddRazorPages(options => options.RootDirectory = "/Features")
            .AddMvcOptions(options => options.Filters.Add<UnreadableFormFilter>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Text)));
        builder.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var t = factory.Create(typeof(Text));
            var messages = options.ModelBindingMessageProvider;
            messages.SetValueMustNotBeNullAccessor(_ => t["This field is required."]);
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => t["This value is not valid."]);
            messages.SetValueIsInvalidAccessor(_ => t["This value is not valid."]);
            messages.SetMissingBindRequiredValueAccessor(_ => t["This field is required."]);
            messages.SetMissingKeyOrValueAccessor(() => t["This field is required."]);
            messages.SetUnknownValueIsInvalidAccessor(_ => t["This value is not valid."]);
            messages.SetValueMustBeANumberAccessor(_ => t["This value must be a number."]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => t["This value is not valid."]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["This value is not valid."]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => t["This value must be a number."]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => t["This field is required."]);
            options.ModelMetadataDetailsProviders.Add(new LocalisedValidationMetadataProvider());
        });
        builder.Services.Replace(ServiceDescriptor.Singleton<IValidationAttributeAdapterProvider, LocalisedValidationAttributeAdapterProvider>());
        builder.Services.AddPublicCaching();
        builder.Services.AddProblemDetails();
        builder.Services.AddMemoryCache();
        builder.AddApiDocument();
    }

    public static void UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
    }

    public static void MapPasserelles(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        // Alive: the process answers requests. No check runs, so that a probe every few seconds costs no database
        // connection and a database outage does not get the instance restarted; /health/ready checks the database.
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
            },
        }).AllowAnonymous().DisableRateLimiting();
        // Ready: the database answers and the instance is configured to do all its work (200), or 503 with the reasons.
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json";
                var reasons = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
                    .Select(e => e.Value.Description ?? e.Value.Exception?.Message ?? $"The {e.Key} does not answer.").ToList();
                await context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), reasons }));
            },
        }).AllowAnonymous().DisableRateLimiting();
    }

    /// <summary>Whether the caller wants JSON rather than a page.</summary>
    public static bool WantsJson(this HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
