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
        var started = _time.GetTimestamp();
        var prepared = RunAttempts.Prepare(session.Run, session.Template, session.Plan, session.State, stepId, attempt, timeout, compensatedStepId, _secrets.Lookup, _time);
        StepRunOutcome? outcome = null;
        if (prepared.Request is { } request)
        {
            outcome = await RunAttemptAsync(session, request, cancellationToken);
            if (outcome is null)
            {
                return;
            }
        }

        var durationMs = (long)_time.GetElapsedTime(started).TotalMilliseconds;
        var result = outcome?.Result ?? StepHandlerResult.Failed(prepared.InputFailure!);
        var @event = RunAttempts.Outcome(stepId, attempt, compensatedStepId, result, durationMs, _time.GetUtcNow());
        await ApplyAsync(session, @event, cancellationToken);
        if (!session.Lost && compensatedStepId is null && result.Outputs is { } stored)
        {
            await _evidence.StepCompletedAsync(session, stepId, stored.GetRawText(), result.Artifacts, cancellationToken);
        }
    }

    private async Task<StepRunOutcome?> RunAttemptAsync(RunSession session, StepRunRequest request, CancellationToken cancellationToken)
    {
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
}
