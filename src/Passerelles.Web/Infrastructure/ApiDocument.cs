using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Passerelles.Web.Infrastructure;

/// <summary>The OpenAPI document of the HTTP API (/openapi/v1.json): how a caller authenticates, which answers each
/// operation gives (refusals as ProblemDetails), and schemas that say what the answers really hold.</summary>
public static class ApiDocument
{
    /// <summary>Addresses under this prefix are the API: refusals there are ProblemDetails, never a page or a redirect.</summary>
    public const string Prefix = "/api";

    public const string SessionScheme = "sessionCookie";

    private const string ProblemSchema = "ProblemDetails";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Directory"] = "The organisations of the directory: search, and downloads in the interchange formats.",
        ["Bridges"] = "Bridges between organisations: the data the map and graph draw, and evidence documents.",
        ["Projects"] = "Incubated projects: search, and the CSV files funders ask for.",
        ["Assessments"] = "Answers to the characterisation grids, as CSV and PDF files.",
        ["Grids"] = "The published characterisation grids and their versions.",
        ["Circles"] = "The sessions of the caller's peer circles.",
        ["Agreements"] = "The partnership agreements the caller may read.",
        ["Missions"] = "The delegation missions the caller may see, and their itinerary in both zones.",
        ["Mobility"] = "Student mobility: the units of the youth-housing residences, month by month.",
        ["Indicators"] = "The indicators funders ask for, counted over the network or one organisation for a period.",
        ["Grants"] = "The grants the caller manages: deadlines and co-funding status.",
    };

    public static bool IsApi(PathString path) => path.StartsWithSegments(Prefix);

    public static void AddApiDocument(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Numbers are numbers. The web defaults also read them from strings, which made the document type every
            // integer as ["integer","string"]; the API reads no JSON body, so nothing relied on it.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Enumerations by name, as the query parameters take them.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer(DescribeAsync);
            options.AddOperationTransformer(RefusalsAsync);
            options.AddSchemaTransformer(OmittedPropertiesAsync);
        });
    }

    /// <summary>Documents an answer whose body no schema here describes (a file, a document of another standard): its
    /// 200 answer in these media types.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder endpoint, string description, params string[] mediaTypes) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Responses ??= new OpenApiResponses();
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = description,
                Content = mediaTypes.ToDictionary(t => t, _ => new OpenApiMediaType()),
            };
            return Task.CompletedTask;
        });

    /// <summary>Documents the values a parameter read as text takes.</summary>
    public static RouteHandlerBuilder WithValues(this RouteHandlerBuilder endpoint, string parameter, IEnumerable<string> values) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            Parameter(operation, parameter).Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
            };
            return Task.CompletedTask;
        });

    /// <summary>Documents a parameter that takes an ISO 8601 instant or a date.</summary>
    public static RouteHandlerBuilder WithMoment(this RouteHandlerBuilder endpoint, string parameter, string description) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var target = Parameter(operation, parameter);
            target.Description = description;
            target.Schema = new OpenApiSchema
            {
                AnyOf =
                [
                    new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                    new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                ],
            };
            return Task.CompletedTask;
        });

    private static OpenApiParameter Parameter(OpenApiOperation operation, string name) =>
        (OpenApiParameter)operation.Parameters!.Single(p => p.Name == name);

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Passerelles API",
            Version = "v1",
            Description = "Read access to what the Passerelles network shares: the directory, incubated projects, grids and assessments, circles' sessions and agreements. Each operation answers with what the caller may see, as on the pages. Refusals are ProblemDetails (application/problem+json); under /api they are so whatever the Accept header.",
        };
        var server = context.ApplicationServices.GetRequiredService<PublicAddress>().Base ?? document.Servers?.FirstOrDefault()?.Url?.TrimEnd('/');
        document.Servers = server is null ? [] : [new OpenApiServer { Url = server, Description = "This Passerelles site" }];

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "passerelles.auth",
            Description = "The session cookie that signing in at /account/login sets (with the second factor when the account has one). It is the only credential the API accepts: there are no bearer tokens or API keys.",
        };
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            tag.Description = tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description) ? description : tag.Description;
        return Task.CompletedTask;
    }

    /// <summary>Which session an operation needs, and its refusals: 401 without a session (a redirect to the sign-in page
    /// instead outside /api, for a caller not asking for JSON), and every error answer as ProblemDetails, which pages
    /// outside /api give as HTML to a caller not asking for JSON.</summary>
    private static async Task RefusalsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        var api = IsApi("/" + context.Description.RelativePath);
        var session = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, document)] = [] };
        operation.Security = anonymous ? [new OpenApiSecurityRequirement(), session] : [session];

        operation.Responses ??= new OpenApiResponses();
        if (!anonymous)
        {
            operation.Responses["401"] = new OpenApiResponse { Description = "Not signed in." };
            if (!api)
            {
                operation.Responses["302"] = new OpenApiResponse
                {
                    Description = "Not signed in, and not asking for JSON (Accept: application/json): a redirect to the sign-in page.",
                    Headers = new Dictionary<string, IOpenApiHeader>
                    {
                        ["Location"] = new OpenApiHeader { Description = "The sign-in page, with the address asked for to come back to.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                };
            }
        }

        if (document.Components?.Schemas?.ContainsKey(ProblemSchema) != true)
            document.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        foreach (var (code, response) in operation.Responses.Where(r => r.Key[0] is '4' or '5' && r.Value.Content is not { Count: > 0 }).ToList())
        {
            var content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
            };
            if (!api) content["text/html"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            operation.Responses[code] = new OpenApiResponse { Description = response.Description, Content = content };
        }
    }

    /// <summary>A property the serializer leaves out when it has no value (<see cref="JsonIgnoreCondition.WhenWritingNull"/>)
    /// is optional, and never null when present.</summary>
    private static Task OmittedPropertiesAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { ShouldSerialize: not null })
        {
            schema.Type &= ~JsonSchemaType.Null;
            schema.OneOf = schema.OneOf?.Where(s => s.Type != JsonSchemaType.Null).ToList();
        }
        if (schema.Required is { Count: > 0 } required)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.ShouldSerialize is not null))
                required.Remove(property.Name);
        }
        return Task.CompletedTask;
    }
}
