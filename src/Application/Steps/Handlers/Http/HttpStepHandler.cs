using System.Text.Json;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>
/// <c>http</c>: calls a URL with <c>with: {url, method (GET/POST/PUT/PATCH/DELETE, default POST), headers, body,
/// timeout_seconds}</c>, signed with <c>JobForge:Steps:Http:SigningSecret</c> and carrying the attempt's
/// <c>Idempotency-Key</c>. Outputs <c>{status, headers (content-type, etag, location), body}</c> for a 2xx; 408, 429
/// and 5xx are retryable <c>http_error</c>s (honouring <c>Retry-After</c>), other statuses are not; destinations
/// outside <see cref="HttpStepOptions"/> are refused with <c>egress_denied</c>.
/// </summary>
public sealed class HttpStepHandler : IStepHandler
{
    private readonly HttpStepClient _client;
    private readonly HttpStepOptions _options;
    private readonly TimeProvider _time;

    internal HttpStepHandler(HttpStepClient client, IOptions<HttpStepOptions> options, TimeProvider time)
    {
        _client = client;
        _options = options.Value;
        _time = time;
    }

    /// <inheritdoc />
    public string Kind => HandlerKinds.Http;

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <inheritdoc />
    public bool HasSideEffects => true;

    /// <inheritdoc />
    public IReadOnlyList<ValidationProblem> ValidateInputs(JsonElement inputs) => HttpStepInputs.Read(inputs).Problems;

    /// <inheritdoc />
    public Task<StepHandlerResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (call, _) = HttpStepInputs.Read(context.Inputs);
        if (string.IsNullOrWhiteSpace(_options.SigningSecret))
        {
            return Task.FromResult(StepHandlerResult.Failed(new StepFailure(StepFailureTypes.NotConfigured,
                $"HTTP steps need a signing secret: set '{HttpStepOptions.SectionName}:SigningSecret'.", Kind, _time.GetUtcNow(), Retryable: false)));
        }

        return _client.SendAsync(Kind, context, call! with { SigningSecret = _options.SigningSecret }, cancellationToken);
    }
}
