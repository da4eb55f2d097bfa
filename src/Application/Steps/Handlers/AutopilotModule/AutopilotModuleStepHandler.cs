using System.Text.Json;
using System.Text.RegularExpressions;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;
using JobForge.Application.Steps.Handlers.Http;
using JobForge.Application.Templates;

namespace JobForge.Application.Steps.Handlers.AutopilotModule;

/// <summary>
/// <c>autopilot.module</c>: <c>with: {module, operation, input}</c> POSTs <c>input</c> to
/// <c>{JobForge:Modules:{module}:BaseUrl}/operations/{operation}</c>, signed with
/// <c>JobForge:Modules:{module}:SigningSecret</c>, through the same machinery as <c>http</c> steps (egress checks,
/// pinning, redirects, size cap, failure mapping). The configured base URL's host is trusted without an allow-list
/// entry; its resolved addresses are still checked. A 2xx answer's JSON object body is the step's outputs (what the
/// template's output schema validates); any other 2xx body is an <c>invalid_output</c> failure. The contract is
/// written down in <c>docs/modules.md</c>.
/// </summary>
public sealed partial class AutopilotModuleStepHandler : IStepHandler
{
    private static readonly string[] s_fields = ["module", "operation", "input"];

    private readonly HttpStepClient _client;
    private readonly IConfiguration _configuration;
    private readonly TimeProvider _time;

    internal AutopilotModuleStepHandler(HttpStepClient client, IConfiguration configuration, TimeProvider time)
    {
        _client = client;
        _configuration = configuration;
        _time = time;
    }

    /// <inheritdoc />
    public string Kind => HandlerKinds.AutopilotModule;

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <inheritdoc />
    public bool HasSideEffects => true;

    /// <inheritdoc />
    public IReadOnlyList<ValidationProblem> ValidateInputs(JsonElement inputs)
    {
        if (inputs.ValueKind != JsonValueKind.Object)
        {
            return [new ValidationProblem("$", ValidationProblemCodes.WrongType, "with must be an object")];
        }

        var problems = inputs.EnumerateObject().Where(p => !s_fields.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => new ValidationProblem("$." + p.Name, ValidationProblemCodes.UnknownField, "unknown field; expected module, operation, input"))
            .ToList();
        if (!inputs.TryGetProperty("module", out var module) || module.ValueKind != JsonValueKind.String
            || !TemplateVocabulary.Modules.Contains(module.GetString()!, StringComparer.Ordinal))
        {
            problems.Add(new ValidationProblem("$.module", ValidationProblemCodes.InvalidValue, "module must be one of " + string.Join(", ", TemplateVocabulary.Modules)));
        }

        if (!inputs.TryGetProperty("operation", out var operation) || operation.ValueKind != JsonValueKind.String || !OperationName().IsMatch(operation.GetString()!))
        {
            problems.Add(new ValidationProblem("$.operation", ValidationProblemCodes.Required, "operation must name the module operation, e.g. 'scan'"));
        }

        return problems;
    }

    /// <inheritdoc />
    public async Task<StepHandlerResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var module = context.Inputs.GetProperty("module").GetString()!;
        var operation = context.Inputs.GetProperty("operation").GetString()!;
        var section = $"{TemplateModuleSettings.SectionName}:{module}";
        var secret = _configuration[section + ":SigningSecret"];
        if (!Uri.TryCreate(_configuration[section + ":BaseUrl"], UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps) || string.IsNullOrWhiteSpace(secret))
        {
            return StepHandlerResult.Failed(new StepFailure(StepFailureTypes.NotConfigured,
                $"The module is not configured: set '{section}:BaseUrl' and '{section}:SigningSecret'.", Kind, _time.GetUtcNow(), Retryable: false));
        }

        var url = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/operations/" + operation);
        JsonElement? input = context.Inputs.TryGetProperty("input", out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : JsonSerializer.SerializeToElement(new Dictionary<string, object>());
        var call = new HttpStepCall(url, HttpMethod.Post, [], input, Timeout: null) { SigningSecret = secret, TrustedHost = baseUrl.IdnHost };
        var result = await _client.SendAsync(Kind, context, call, cancellationToken);
        return result.IsSuccess ? BodyAsOutputs(result) : result;
    }

    /// <summary>The module's answer is the operation's output: the JSON object body, not the HTTP envelope around it.</summary>
    private StepHandlerResult BodyAsOutputs(StepHandlerResult answered)
    {
        if (answered.Outputs is { } outputs && outputs.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object && IsJson(outputs))
        {
            return StepHandlerResult.Succeeded(body.Clone(), answered.Artifacts);
        }

        return StepHandlerResult.Failed(new StepFailure(StepFailureTypes.InvalidOutput,
            "The module answered 2xx without a JSON object body; an operation's output must be a JSON object.", Kind, _time.GetUtcNow(), Retryable: false),
            answered.Artifacts);
    }

    // A text answer reaches here wrapped as {"text": ...}; only a JSON media type (or none) is an operation's output.
    private static bool IsJson(JsonElement outputs) =>
        !outputs.TryGetProperty("headers", out var headers) || !headers.TryGetProperty("content-type", out var type)
        || type.GetString() is not { } mediaType || mediaType.Split(';')[0].Trim().EndsWith("json", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OperationName();
}
