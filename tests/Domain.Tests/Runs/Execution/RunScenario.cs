using System.Text.Json;
using JobForge.Domain.Runs;
using JobForge.Domain.Steps;
using JobForge.Domain.Templates;

namespace JobForge.Domain.Tests.Runs.Execution;

/// <summary>Drives <see cref="RunDecider"/> through a sequence of events, keeping the latest state.</summary>
internal sealed class RunScenario(RunPlan plan)
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public RunPlan Plan { get; } = plan;

    public RunState State { get; private set; } = RunStateFactory.Initial(plan);

    public RunDecision Last { get; private set; } = null!;

    public List<RunDecision> Decisions { get; } = [];

    public StepState this[string stepId] => State.Steps.Single(step => step.StepId == stepId);

    public static DateTimeOffset At(double seconds) => T0.AddSeconds(seconds);

    public static PlannedStep Step(string id, string uses = HandlerKinds.Transform, int maxAttempts = 3, string? compensate = null,
        bool requiresApproval = false, string with = "{}", TimeSpan? timeout = null) =>
        new(id, uses, Json(with), new RetryPolicy(maxAttempts, TimeSpan.FromSeconds(1), 2.0, TimeSpan.FromMinutes(5)),
            timeout ?? TimeSpan.FromMinutes(5), requiresApproval, compensate);

    public static RunPlan PlanOf(IReadOnlyList<PlannedStep> steps, params PlannedStep[] compensations) =>
        new(steps, compensations.ToDictionary(step => step.Id, StringComparer.Ordinal), TimeSpan.FromHours(1), TimeSpan.FromHours(24));

    public static StepFailure Retryable(DateTimeOffset at, TimeSpan? retryAfter = null) =>
        new(StepFailureTypes.NetworkError, "connection reset", HandlerKinds.Http, at, Retryable: true) { RetryAfter = retryAfter };

    public static StepFailure Fatal(DateTimeOffset at) =>
        new(StepFailureTypes.InvalidInput, "bad input", HandlerKinds.Http, at, Retryable: false);

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    public RunDecision Apply(RunEvent @event)
    {
        Last = RunDecider.Decide(Plan, State, @event);
        State = Last.State;
        Decisions.Add(Last);
        return Last;
    }

    public RunDecision Start(double at = 0) => Apply(new RunStarted(At(at)));

    public RunDecision Succeed(string stepId, double at, int attempt = 1, string outputs = "{}") =>
        Apply(new StepSucceeded(At(at), stepId, attempt, outputs, 100));

    public RunDecision Fail(string stepId, double at, StepFailure failure, int attempt = 1, double jitter = 0.5) =>
        Apply(new StepFailed(At(at), stepId, attempt, failure, 100, jitter));

    public RunDecision Timer(double at) => Apply(new TimerFired(At(at)));
}
