using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JobForge.Application.OpenApi;

/// <summary>
/// Completes operations from <see cref="OpenApiOperationShapes"/>: the request body schema (a component reference)
/// with an example, and success responses that lack a schema. A client generator then sees every body.
/// </summary>
internal sealed class OpenApiShapeTransformer : IOpenApiOperationTransformer
{
    private static readonly string[] s_yamlTypes = ["application/yaml", "text/yaml"];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId == "GetRunArtifact")
        {
            SetContent(operation, 200, "application/octet-stream", new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" });
        }

        if (operation.OperationId is null || !OpenApiOperationShapes.ById.TryGetValue(operation.OperationId, out var shape))
        {
            return;
        }

        if (shape.Body is { } bodyType)
        {
            var media = new OpenApiMediaType { Schema = await ReferenceAsync(bodyType, context, cancellationToken) };
            if (shape.Example is { } example)
            {
                media.Example = JsonNode.Parse(example);
            }

            var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = media };
            if (operation.OperationId == "RegisterTemplate")
            {
                foreach (var yaml in s_yamlTypes)
                {
                    content[yaml] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The same contract as YAML." } };
                }
            }

            operation.RequestBody = new OpenApiRequestBody { Required = shape.BodyRequired, Content = content };
        }

        foreach (var (status, type) in shape.Responses)
        {
            SetContent(operation, status, "application/json", await ReferenceAsync(type, context, cancellationToken));
        }
    }

    private static async Task<IOpenApiSchema> ReferenceAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        if (context.Document is not { } document)
        {
            return schema;
        }

        document.AddComponent<IOpenApiSchema>(type.Name, schema);
        return new OpenApiSchemaReference(type.Name, document);
    }

    private static void SetContent(OpenApiOperation operation, int status, string mediaType, IOpenApiSchema schema)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.TryGetValue(key, out var existing) || existing is not OpenApiResponse response)
        {
            response = new OpenApiResponse { Description = status == 201 ? "Created" : "OK" };
            operation.Responses[key] = response;
        }

        response.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        var hasSchema = response.Content.Values.Any(media => media.Schema is OpenApiSchemaReference || media.Schema is OpenApiSchema { Type: not null });
        if (!hasSchema)
        {
            response.Content.Clear();
            response.Content[mediaType] = new OpenApiMediaType { Schema = schema };
        }
    }
}
