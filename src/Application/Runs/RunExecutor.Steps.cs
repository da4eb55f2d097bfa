using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Application.Steps;

namespace JobForge.Application.Runs;

public sealed partial class RunExecutor
{
    /// <summary>
    /// Runs one attempt (of a step, or of the compensation of <paramref name="compensatedStepId"/>) through the step
    /// runner while renewing the lease, then decides and saves its outcome. Nothing is recorded when the host stops or
    /// the lease is lost mid-attempt: the attempt runs again elsewhere with the same idempotency key.
    /// </summary>
    private async Task ExecuteAndApplyAsync(
        RunSession session, string stepId, int attempt, TimeSpan timeout, string? compensatedStepId, CancellationToken cancellationToken)
    {
        var planned = compensatedStepId is null
            ? session.Plan.Steps.First(step => string.Equals(step.Id, stepId, StringComparison.Ordinal))
            : session.Plan.Compensations[stepId];
        var started = _time.GetTimestamp();
        var resolution = StepInputsResolver.Resolve(planned, session.State, session.Run, _secrets.Lookup, attempt);
        StepRunOutcome? outcome = null;
        if (resolution.IsSuccess)
        {
            outcome = await RunAttemptAsync(session, planned, attempt, timeout, resolution, compensatedStepId is null, cancellationToken);
            if (outcome is null)
            {
                return;
            }
        }

        var durationMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        var result = outcome?.Result ?? StepHandlerResult.Failed(ExpressionFailure(planned, resolution));
        var now = _time.GetUtcNow();
        RunEvent @event = (compensatedStepId, result.Outputs) switch
        {
            (null, { } outputs) => new StepSucceeded(now, stepId, attempt, outputs.GetRawText(), durationMs),
            (null, null) => new StepFailed(now, stepId, attempt, result.Failure!, durationMs, Random.Shared.NextDouble()),
            ({ } undone, { }) => new CompensationSucceeded(now, undone, attempt, durationMs),
            ({ } undone, null) => new CompensationFailed(now, undone, attempt, result.Failure!, durationMs, Random.Shared.NextDouble()),
        };
        await ApplyAsync(session, @event, cancellationToken);
        if (!session.Lost && compensatedStepId is null && result.Outputs is { } stored)
        {
            await _evidence.StepCompletedAsync(session, stepId, stored.GetRawText(), result.Artifacts, cancellationToken);
        }
    }

    private async Task<StepRunOutcome?> RunAttemptAsync(
        RunSession session, PlannedStep planned, int attempt, TimeSpan timeout, Domain.Contracts.ExpressionResolution resolution,
        bool forward, CancellationToken cancellationToken)
    {
        var context = new StepContext(session.TenantId, session.RunId, planned.Id, attempt, resolution.Value!.Value)
        {
            ProjectId = session.Run.ProjectId,
            TraceId = session.Run.TraceId,
            Timeout = timeout,
            SecretValues = resolution.SecretValues,
        };
        var isLast = forward && string.Equals(session.Plan.Steps[^1].Id, planned.Id, StringComparison.Ordinal);
        var request = new StepRunRequest(planned.Uses, context) { OutputSchema = isLast ? session.Template.OutputSchema : null };
        using var inFlight = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopRenewal = new CancellationTokenSource();
        session.InFlight = inFlight;
        var renewal = RenewWhileRunningAsync(session, stopRenewal.Token);
        try
        {
            var outcome = await _runner.RunAsync(request, inFlight.Token);
            return session.Lost || cancellationToken.IsCancellationRequested ? null : outcome;
        }
        finally
        {
            await stopRenewal.CancelAsync();
            await renewal;
            session.InFlight = null;
        }
    }

    private async Task RenewWhileRunningAsync(RunSession session, CancellationToken stop)
    {
        try
        {
            while (!session.Lost)
            {
                await session.WaitAsync(_options.LeaseDuration / 3, _time, stop);
                if (!await SaveAsync(session, releaseLease: false, stop))
                {
                    return; // lost: SaveAsync canceled the attempt
                }

                if (session.Pending.Any(command => command is CancelInFlightStep))
                {
                    await CancelInFlightAsync(session);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The attempt finished.
        }
    }

    private StepFailure ExpressionFailure(PlannedStep planned, Domain.Contracts.ExpressionResolution resolution)
    {
        var errors = resolution.Errors.Select(error => new { path = error.Path, message = error.Message }).ToList();
        return new StepFailure(StepFailureTypes.ExpressionFailed, "The step's inputs could not be resolved.", planned.Uses, _time.GetUtcNow(), false)
        {
            Details = JsonSerializer.SerializeToElement(new { errors }),
        };
    }
}
