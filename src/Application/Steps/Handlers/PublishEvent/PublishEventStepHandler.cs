using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Events;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;
using JobForge.Application.Events;
using JobForge.Application.Flags;

namespace JobForge.Application.Steps.Handlers.PublishEvent;

/// <summary>
/// <c>publish_event</c>: <c>with: {event_type, payload, source_module?, subject?, schema_version?, contains_pii?,
/// redaction_hints?}</c> becomes an event of the run's tenant and project from source app <c>jobforge</c>, validated by
/// the same parser and stored by the same <see cref="EventIngestor"/> as <c>POST /api/v1/events</c>, so event
/// triggers can chain runs. The event id is derived from the attempt's idempotency key, so running the same attempt
/// again stores nothing new. Outputs <c>{event_id, duplicate}</c>.
/// </summary>
public sealed partial class PublishEventStepHandler : IStepHandler
{
    private static readonly string[] s_fields = ["event_type", "payload", "source_module", "subject", "schema_version", "contains_pii", "redaction_hints"];

    private readonly EventIngestor _ingestor;
    private readonly FeatureFlagsReader _flags;
    private readonly TimeProvider _time;
    private readonly ILogger<PublishEventStepHandler> _logger;

    /// <summary>A handler storing through <paramref name="ingestor"/>.</summary>
    public PublishEventStepHandler(EventIngestor ingestor, FeatureFlagsReader flags, TimeProvider time, ILogger<PublishEventStepHandler> logger)
    {
        _ingestor = ingestor ?? throw new ArgumentNullException(nameof(ingestor));
        _flags = flags ?? throw new ArgumentNullException(nameof(flags));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public string Kind => HandlerKinds.PublishEvent;

    /// <inheritdoc />
    public string Version => "1.0.0";

    /// <inheritdoc />
    public bool HasSideEffects => true;

    /// <inheritdoc />
    public IReadOnlyList<ValidationProblem> ValidateInputs(JsonElement inputs) =>
        Parse(inputs, new StepContext("validation", "run", "step", 1, inputs), _time.GetUtcNow()).Problems;

    /// <inheritdoc />
    public async Task<StepHandlerResult> ExecuteAsync(StepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_flags.Current.EventsEnabled)
        {
            return NotConfigured("Events are disabled on this server (feature flag " + FeatureFlagNames.Events + ").");
        }

        var now = _time.GetUtcNow();
        var (envelope, problems) = Parse(context.Inputs, context, now);
        if (envelope is null)
        {
            return StepHandlerResult.Failed(new StepFailure(StepFailureTypes.InvalidInput, $"The event is not valid: {problems.Count} problem(s).", Kind, now, Retryable: false));
        }

        if (envelope.RedactionHints?.EncryptFields is { Count: > 0 } && !_ingestor.CanEncrypt)
        {
            return NotConfigured("encrypt_fields cannot be honoured: this server has no encryption key (JobForge:Events:Encryption:ActiveKeyId).");
        }

        var receipt = await _ingestor.AppendAsync(envelope, now, cancellationToken);
        StepsLog.EventPublished(_logger, context.RunId, context.StepId, receipt.EventId, envelope.EventType, receipt.Duplicate);
        return StepHandlerResult.Succeeded(JsonSerializer.SerializeToElement(new JsonObject
        {
            ["event_id"] = receipt.EventId,
            ["duplicate"] = receipt.Duplicate,
        }));
    }

    /// <summary>The event id of the attempt with <paramref name="idempotencyKey"/> in <paramref name="tenantId"/>.</summary>
    public static string EventIdFor(string tenantId, string idempotencyKey) =>
        "jf-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tenantId + "\n" + idempotencyKey)))[..40];

    private StepHandlerResult NotConfigured(string message) =>
        StepHandlerResult.Failed(new StepFailure(StepFailureTypes.NotConfigured, message, Kind, _time.GetUtcNow(), Retryable: false));
}
