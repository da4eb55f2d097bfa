using System.Buffers;
using System.Text;
using System.Text.Json;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Runs;

public static partial class RunDecider
{
    /// <summary>Whether an event at <paramref name="at"/> finds the executing run past its deadline.</summary>
    private static bool IsTimedOut(RunState state, DateTimeOffset at) =>
        state.Status == RunStatus.Running && state.Deadline is { } deadline && at >= deadline;

    /// <summary>
    /// The run ran past its deadline: the outcome of the step in flight is still recorded when this very event carries
    /// it; otherwise an executing step is signaled to stop; the active step fails with <c>run_timeout</c>; then the
    /// failure path (reason <c>run_timeout</c>).
    /// </summary>
    private static void TimeOut(Draft draft, RunEvent @event)
    {
        var failure = EngineFailure(draft, StepFailureTypes.RunTimeout, "The run ran past its run timeout.");
        var index = ActiveStep(draft);
        if (index >= 0)
        {
            var step = draft.Steps[index];
            if (@event is StepSucceeded succeeded && InFlight(draft, succeeded.StepId, succeeded.Attempt) == index)
            {
                RecordSuccess(draft, index, succeeded.OutputsJson, succeeded.DurationMs);
            }
            else if (@event is StepFailed failed && InFlight(draft, failed.StepId, failed.Attempt) == index)
            {
                draft.SetStep(index, StepStatus.Failed, s => s with { Failure = failed.Failure, FinishedAt = draft.At, WakeAt = null, DurationMs = s.DurationMs + Math.Max(0, failed.DurationMs) });
            }
            else
            {
                if (step.Status == StepStatus.Running)
                {
                    draft.Commands.Add(new CancelInFlightStep(step.StepId));
                }

                draft.SetStep(index, StepStatus.Failed, s => s with { Failure = failure, FinishedAt = draft.At, WakeAt = null });
            }
        }

        FailRun(draft, RollbackReasons.RunTimeout, failure);
    }

    private static string? OnTimer(Draft draft)
    {
        if (NotUnderWay(draft.State) is { } reason)
        {
            return reason;
        }

        if (draft.State.WakeAt is not { } wake || draft.At < wake)
        {
            return RunIgnoredReasons.TimerNotDue;
        }

        if (draft.State.Status == RunStatus.AwaitingApproval)
        {
            ApprovalTimedOut(draft);
            return null;
        }

        if (draft.State.Status == RunStatus.RollingBack)
        {
            var waiting = Array.FindIndex(draft.Steps, step => step is { Status: StepStatus.Compensating, WakeAt: not null });
            if (waiting < 0)
            {
                return RunIgnoredReasons.TimerNotDue;
            }

            Compensate(draft, waiting, draft.Steps[waiting].CompensationAttempt + 1);
            return null;
        }

        var index = ActiveStep(draft);
        switch (index < 0 ? StepStatus.Pending : draft.Steps[index].Status)
        {
            case StepStatus.WaitingToRetry:
                Execute(draft, index, draft.Steps[index].Attempt + 1);
                return null;
            case StepStatus.Waiting:
                FinishDelay(draft, index);
                return null;
            default:
                return RunIgnoredReasons.TimerNotDue;
        }
    }

    /// <summary>
    /// Starts a <c>delay</c> step: <c>with.duration</c> (<c>"30s"</c>, <c>"5m"</c>, ISO-8601) or <c>with.seconds</c> (a
    /// number), expressions (<c>${{ inputs.d }}</c>) resolved against the run first, like any step input.
    /// </summary>
    private static void StartDelay(Draft draft, int index)
    {
        if (DelayOf(draft, index, out var problem) is not { } duration)
        {
            var invalid = new StepFailure(StepFailureTypes.InvalidInput, problem, HandlerKinds.Delay, draft.At, Retryable: false);
            draft.SetStep(index, StepStatus.Failed, step => step with { Attempt = 1, StartedAt = step.StartedAt ?? draft.At, FinishedAt = draft.At, Failure = invalid });
            FailRun(draft, RollbackReasons.Failed, invalid);
            return;
        }

        var wake = WakeAfter(draft, duration);
        draft.SetStep(index, StepStatus.Waiting, step => step with { Attempt = 1, StartedAt = step.StartedAt ?? draft.At, WakeAt = wake });
        draft.State = draft.State with { WakeAt = wake };
        draft.Commands.Add(new ScheduleTimer(wake));
    }

    private static void FinishDelay(Draft draft, int index)
    {
        var step = draft.Steps[index];
        var waitedMs = (long)((DelayOf(draft, index, out _) ?? TimeSpan.Zero) + (draft.At - step.WakeAt!.Value)).TotalMilliseconds;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("waited_ms", waitedMs);
            writer.WriteEndObject();
        }

        draft.State = draft.State with { WakeAt = null };
        RecordSuccess(draft, index, Encoding.UTF8.GetString(buffer.WrittenSpan), waitedMs);
        Advance(draft);
    }

    /// <summary>Step <paramref name="index"/>'s delay with its expressions resolved; null with <paramref name="problem"/> when it has none usable.</summary>
    private static TimeSpan? DelayOf(Draft draft, int index, out string problem)
    {
        const string Needed = "A delay step needs with.duration (like '30s') or with.seconds (a number up to 7 days).";
        var planned = draft.Plan.Steps[index];
        var with = planned.With;
        if (draft.Plan.Run is { } run && with.ValueKind == JsonValueKind.Object)
        {
            // Secrets never time a delay: they resolve to nothing here.
            var resolution = StepInputsResolver.Resolve(planned, draft.State with { Steps = draft.Steps }, run, _ => null, 1);
            if (!resolution.IsSuccess)
            {
                problem = "The delay's inputs could not be resolved: " + string.Join("; ", resolution.Errors.Select(error => error.Path + ": " + error.Message));
                return null;
            }

            with = resolution.Value!.Value;
        }

        var duration = DelayOf(with);
        problem = duration is null ? Needed + DescribeValue(with) : string.Empty;
        return duration;
    }

    private static string DescribeValue(JsonElement with) =>
        with.ValueKind == JsonValueKind.Object && with.TryGetProperty("duration", out var text) && text.ValueKind == JsonValueKind.String
            ? " Got duration '" + Truncate(text.GetString()!) + "'."
            : string.Empty;

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static TimeSpan? DelayOf(JsonElement with)
    {
        if (with.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (with.TryGetProperty("duration", out var text) && text.ValueKind == JsonValueKind.String)
        {
            return TemplateDuration.TryParse(text.GetString(), out var duration) ? duration : null;
        }

        if (with.TryGetProperty("seconds", out var seconds) && seconds.ValueKind == JsonValueKind.Number
            && seconds.TryGetDouble(out var value) && value >= 0 && value <= TemplateDuration.Max.TotalSeconds)
        {
            return TimeSpan.FromMilliseconds(Math.Round(value * 1000, MidpointRounding.AwayFromZero));
        }

        return null;
    }
}
