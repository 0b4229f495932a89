using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// The OpenAPI document at <c>/api/v1/openapi.json</c>: every endpoint of the public and the staff API, each parameter
/// with its meaning and an example, each answer with an example (errors as problem details), <c>?lang=</c> on every
/// operation, and the bearer scheme on the staff operations.
/// </summary>
public static class ApiDocument
{
    public const string BearerScheme = "bearer";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "LINK-J partner registry: public and staff API";
                document.Info.Description =
                    "The public partner directory as JSON (anonymous, read-only), and the staff API (read-only, with a personal access token " +
                    "from /account/tokens sent as 'Authorization: Bearer <token>'). See /api/docs.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A personal access token from /account/tokens: read-only, expires within a year, revocable. " +
                        "It opens /api/v1/staff/* and nothing else. Missing, unknown, revoked or expired, or its account disabled: 401.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var path = context.Description.RelativePath ?? string.Empty;
                var staff = path.StartsWith("api/v1/staff/", StringComparison.Ordinal);
                Describe(operation, path, staff);
                AddLanguage(operation);
                AddExamples(operation, context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName);
                if (staff)
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
                    if (operation.Responses?.TryGetValue("401", out var unauthorized) == true && unauthorized is OpenApiResponse response)
                    {
                        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                        response.Headers["WWW-Authenticate"] = new OpenApiHeader
                        {
                            Description = "Bearer realm=\"linkj-staff-api\", with error=\"invalid_token\" when a token was sent but cannot be used.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        };
                    }
                }

                return Task.CompletedTask;
            });
        });

    private static void Describe(OpenApiOperation operation, string path, bool staff)
    {
        var descriptions = path.StartsWith("api/v1/staff/agreements", StringComparison.Ordinal) ? StaffAgreementParameters.Descriptions
            : path.StartsWith("api/v1/staff/organizations", StringComparison.Ordinal) ? StaffOrganizationParameters.Descriptions
            : ListParameters.Descriptions;
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is not OpenApiParameter named)
            {
                continue;
            }

            if (descriptions.FirstOrDefault(d => d.Name == named.Name) is { Description: { } description })
            {
                named.Description = description;
            }
            else if (named.Name == "slug")
            {
                named.Description = "A listed partner's slug, as in its address /partners/{slug}.";
            }

            if (ApiExamples.ParameterOf(staff, named.Name!) is { } example)
            {
                named.Example = JsonValue.Create(example);
            }
        }
    }

    private static void AddLanguage(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Infrastructure.Localization.ApiLanguageProvider.Parameter,
            In = ParameterLocation.Query,
            Description = "The language of the labels (en or ja), instead of Accept-Language. Codes never change with it.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("en"), JsonValue.Create("ja")] },
            Example = JsonValue.Create("ja"),
        });
    }

    private static void AddExamples(OpenApiOperation operation, string? name)
    {
        foreach (var (status, answer) in operation.Responses ?? [])
        {
            foreach (var (mediaType, content) in answer.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                content.Example = mediaType == "application/problem+json"
                    ? ApiExamples.ProblemOf(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture))
                    : status == "200" ? ApiExamples.AnswerOf(name) : null;
            }
        }
    }
}
