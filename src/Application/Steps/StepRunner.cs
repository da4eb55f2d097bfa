using System.Diagnostics.Metrics;
using System.Text.Json;
using JobForge.Domain.Steps;
using JobForge.Application.Telemetry;

namespace JobForge.Application.Steps;

/// <summary>
/// The only code that invokes an <see cref="IStepHandler"/> (an architecture test enforces it). For each attempt it
/// finds the handler, validates the inputs, runs the handler under the attempt's timeout and the caller's token,
/// validates and redacts the outputs (masking every secret the server knows in outputs, failures and artifacts), maps every exception to a typed <see cref="StepFailure"/>, and records metrics
/// and a log line in a <c>finally</c>. It never throws for anything a handler does.
/// </summary>
public sealed partial class StepRunner
{
    private const string HandlerErrorMessage = "The step handler failed unexpectedly; the server log has the details.";

    private readonly Dictionary<string, IStepHandler> _handlers;
    private readonly TimeProvider _time;
    private readonly StepMetrics _metrics;
    private readonly ILogger<StepRunner> _logger;
    private readonly KnownSecrets _secrets;

    /// <summary>
    /// A runner over <paramref name="handlers"/> (one per kind) that masks <paramref name="secrets"/> (every secret the
    /// server knows) and each attempt's own secret values in outputs, failures and artifacts.
    /// </summary>
    /// <exception cref="InvalidOperationException">Two handlers claim the same kind.</exception>
    public StepRunner(IEnumerable<IStepHandler> handlers, TimeProvider time, IMeterFactory meters, ILogger<StepRunner> logger, KnownSecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _secrets = secrets ?? throw new ArgumentNullException(nameof(secrets));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _metrics = new StepMetrics(meters ?? throw new ArgumentNullException(nameof(meters)));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _handlers = new Dictionary<string, IStepHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Kind, handler))
            {
                throw new InvalidOperationException($"Two step handlers are registered for kind '{handler.Kind}'.");
            }
        }
    }

    /// <summary>The registered handler kinds.</summary>
    public IReadOnlyCollection<string> Kinds => _handlers.Keys;

    /// <summary>Runs one attempt of one step. Never throws for a handler's fault: every failure is in the result.</summary>
    public async Task<StepRunOutcome> RunAsync(StepRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Context);
        using var activity = JobForgeTelemetry.StartStepAttempt(
            request.Context.TenantId, request.Context.RunId, request.Context.StepId, request.Context.Attempt, request.Kind);
        var started = _time.GetTimestamp();
        var version = "";
        StepHandlerResult? result = null;
        try
        {
            if (!_handlers.TryGetValue(request.Kind ?? "", out var handler))
            {
                StepsLog.UnknownHandler(_logger, request.Context.RunId, request.Context.StepId, request.Context.Attempt, request.Kind ?? "");
                result = Fail(request, StepFailureTypes.UnknownHandler, "No handler is registered for this step's kind.", retryable: false);
                return new StepRunOutcome(result, ElapsedMs(started), version);
            }

            version = handler.Version;
            try
            {
                result = await InvokeAsync(handler, request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // ValidateInputs or the output checks threw: the handler's fault, reported like a throwing ExecuteAsync.
                StepsLog.HandlerThrew(_logger, request.Context.RunId, request.Context.StepId, request.Context.Attempt, request.Kind ?? "", exception);
                result = Fail(request, StepFailureTypes.HandlerError, HandlerErrorMessage, retryable: true);
            }

            return new StepRunOutcome(result, ElapsedMs(started), version);
        }
        finally
        {
            var outcome = OutcomeOf(result);
            var duration = ElapsedMs(started);
            _metrics.Record(_handlers.ContainsKey(request.Kind ?? "") ? request.Kind! : "unknown", outcome, duration);
            activity?.SetTag(Attributes.Outcome, outcome).SetStatus(outcome == "succeeded" ? System.Diagnostics.ActivityStatusCode.Ok : System.Diagnostics.ActivityStatusCode.Error, outcome);
            StepsLog.Finished(_logger, request.Context.RunId, request.Context.StepId, request.Context.Attempt, request.Kind ?? "", outcome, duration);
        }
    }

    private async Task<StepHandlerResult> InvokeAsync(IStepHandler handler, StepRunRequest request, CancellationToken cancellationToken)
    {
        var context = request.Context;
        var problems = handler.ValidateInputs(context.Inputs);
        if (problems.Count > 0)
        {
            return Fail(request, StepFailureTypes.InvalidInput, $"The step's inputs are not valid: {problems.Count} problem(s).", retryable: false, ProblemDetails(problems));
        }

        if (request.Replay && handler.HasSideEffects)
        {
            return request.RecordedOutputs is { } recorded
                ? CheckOutputs(request, StepHandlerResult.Succeeded(recorded.Clone()))
                : Fail(request, StepFailureTypes.InvalidOutput, "The replay has no recorded outputs for this step.", retryable: false);
        }

        using var timeout = new CancellationTokenSource(context.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // WaitAsync: a handler that ignores its token still cannot hold the attempt past the timeout.
            var result = await handler.ExecuteAsync(context, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
            return result is null
                ? Fail(request, StepFailureTypes.HandlerError, "The step handler returned no result.", retryable: true)
                : CheckOutputs(request, result);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail(request, StepFailureTypes.Canceled, "The step attempt was canceled.", retryable: false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return Fail(request, StepFailureTypes.Timeout, "The step attempt ran past its timeout.", retryable: true);
        }
        catch (Exception exception)
        {
            StepsLog.HandlerThrew(_logger, context.RunId, context.StepId, context.Attempt, request.Kind, exception);
            return Fail(request, StepFailureTypes.HandlerError, HandlerErrorMessage, retryable: true);
        }
    }

    private long ElapsedMs(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;

    private static string OutcomeOf(StepHandlerResult? result) =>
        result is null ? "error" : result.Failure?.Type ?? "succeeded";

    private static JsonElement ProblemDetails(IReadOnlyList<Domain.Events.ValidationProblem> problems) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["problems"] = problems.Select(p => new Dictionary<string, string> { ["path"] = p.Path, ["code"] = p.Code, ["message"] = p.Message }).ToArray(),
        });
}
