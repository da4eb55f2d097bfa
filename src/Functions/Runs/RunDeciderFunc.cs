using JobForge.Domain.Runs;

namespace JobForge.Functions.Runs;

/// <summary>A decider: <see cref="RunDecider.Decide"/> or an earlier version of it kept for in-flight runs.</summary>
public delegate RunDecision RunDeciderFunc(RunPlan plan, RunState state, RunEvent @event);
