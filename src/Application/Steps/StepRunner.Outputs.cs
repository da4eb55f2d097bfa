using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;

namespace JobForge.Application.Steps;

public sealed partial class StepRunner
{
    /// <summary>The text that replaces any output string holding a secret value.</summary>
    public const string RedactedMarker = "[redacted]";

    private StepHandlerResult CheckOutputs(StepRunRequest request, StepHandlerResult result)
    {
        var secrets = request.Context.SecretValues.Where(secret => !string.IsNullOrEmpty(secret)).Concat(_secrets.Values).Distinct(StringComparer.Ordinal).ToArray();
        var artifacts = SecretMasker.MaskAll(result.Artifacts, secrets);
        if (!result.IsSuccess)
        {
            var failure = result.Failure!;
            var redacted = failure with
            {
                Message = Redact(failure.Message, secrets),
                Details = failure.Details is { } details ? RedactElement(details, secrets) : null,
            };
            return StepHandlerResult.Failed(redacted, artifacts);
        }

        var outputs = result.Outputs!.Value;
        if (outputs.ValueKind != JsonValueKind.Object)
        {
            return Fail(request, StepFailureTypes.InvalidOutput, "The step's outputs must be a JSON object.", retryable: false);
        }

        outputs = RedactElement(outputs, secrets);
        if (request.OutputSchema is { } schema)
        {
            var validation = JsonSchemaValidator.Validate(schema, outputs);
            if (!validation.IsValid)
            {
                return Fail(request, StepFailureTypes.InvalidOutput, $"The step's outputs do not match the output schema: {validation.Problems.Count} problem(s).",
                    retryable: false, ProblemDetails(validation.Problems));
            }
        }

        return StepHandlerResult.Succeeded(outputs, artifacts);
    }

    private StepHandlerResult Fail(StepRunRequest request, string type, string message, bool retryable, JsonElement? details = null) =>
        StepHandlerResult.Failed(new StepFailure(type, message, request.Kind ?? "", _time.GetUtcNow(), retryable) { Details = details });

    private static JsonElement RedactElement(JsonElement element, string[] secrets)
    {
        if (secrets.Length == 0 || !ContainsSecret(element, secrets))
        {
            return element.Clone();
        }

        var node = JsonNode.Parse(element.GetRawText());
        return JsonSerializer.SerializeToElement(RedactNode(node, secrets));
    }

    private static bool ContainsSecret(JsonElement element, string[] secrets) => element.ValueKind switch
    {
        JsonValueKind.String => HasSecret(element.GetString()!, secrets),
        JsonValueKind.Object => element.EnumerateObject().Any(p => HasSecret(p.Name, secrets) || ContainsSecret(p.Value, secrets)),
        JsonValueKind.Array => element.EnumerateArray().Any(item => ContainsSecret(item, secrets)),
        _ => false,
    };

    private static JsonNode? RedactNode(JsonNode? node, string[] secrets)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    var key = HasSecret(name, secrets) ? RedactedMarker + "-" + copy.Count : name;
                    copy[key] = RedactNode(value?.DeepClone(), secrets);
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select(item => RedactNode(item?.DeepClone(), secrets)).ToArray());
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return HasSecret(value.GetValue<string>(), secrets) ? JsonValue.Create(RedactedMarker) : value.DeepClone();
            default:
                return node?.DeepClone();
        }
    }

    private static string Redact(string text, string[] secrets) => HasSecret(text, secrets) ? RedactedMarker : text;

    private static bool HasSecret(string text, string[] secrets) =>
        secrets.Any(secret => text.Contains(secret, StringComparison.Ordinal));
}
