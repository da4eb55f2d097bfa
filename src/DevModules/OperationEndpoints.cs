using System.Text.Json;
using Microsoft.Extensions.Options;

namespace JobForge.DevModules;

/// <summary>The host's routes: the operations and an index that says what this host is.</summary>
public static class OperationEndpoints
{
    /// <summary>Maps <c>GET /</c> and <c>POST /{module}/operations/{operation}</c>.</summary>
    public static IEndpointRouteBuilder MapOperationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", Describe).WithName("DescribeDevModules");
        endpoints.MapPost("/{module}/operations/{operation}", AnswerAsync).WithName("AnswerOperation");
        return endpoints;
    }

    private static IResult Describe() => Results.Json(new
    {
        name = "JobForge development modules",
        warning = "A development stand-in for the autopilot modules with canned, deterministic answers. Never use it in production.",
        modules = OperationCatalog.Operations.GroupBy(key => key.Module).ToDictionary(group => group.Key, group => group.Select(key => key.Operation).ToArray()),
    });

    private static async Task<IResult> AnswerAsync(
        string module, string operation, HttpRequest request, IOptions<DevModuleOptions> options, TimeProvider time, ILogger<DevModuleOptions> logger)
    {
        if (!OperationCatalog.TryFind(module, operation, out var answer))
        {
            return Error(StatusCodes.Status404NotFound, "not_found", $"No operation '{operation}' on module '{module}'.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var body = buffer.ToArray();
        var settings = options.Value;
        if (!RequestSignature.IsValid(settings.SigningSecret!, request.Headers[RequestSignature.TimestampHeader], request.Headers[RequestSignature.SignatureHeader],
                body, time.GetUtcNow(), settings.SignatureTolerance))
        {
            DevModulesLog.SignatureRefused(logger, module, operation);
            return Error(StatusCodes.Status401Unauthorized, "invalid_signature", "The X-JobForge-Signature header does not sign this body with the module's secret at X-JobForge-Timestamp.");
        }

        JsonElement input;
        try
        {
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body, new JsonDocumentOptions { MaxDepth = 32 });
            input = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_input", "The body is not JSON.");
        }

        if (input.ValueKind != JsonValueKind.Object)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_input", "The operation's input must be a JSON object.");
        }

        DevModulesLog.Answered(logger, module, operation, request.Headers["Idempotency-Key"].ToString());
        return Results.Json(answer(new OperationInput(input)));
    }

    private static IResult Error(int status, string type, string message) =>
        Results.Json(new { error = new { type, message } }, statusCode: status);
}
