using JobForge.Domain.Runs;
using JobForge.Application.Audit;
using JobForge.Application.Runs;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Jobs;

/// <summary>What the run decision handlers (approve, reject, cancel, rollback) and the run list need, for <c>[AsParameters]</c>.</summary>
public sealed record RunDecisionServices(
    IRunExecutionStore Store,
    RunSignalSender Signals,
    AuditRecorder Audit,
    TimeProvider Time,
    IOptions<RunEngineOptions> Engine);
