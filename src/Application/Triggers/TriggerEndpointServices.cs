using JobForge.Domain.Templates;
using JobForge.Domain.Triggers;
using JobForge.Application.Audit;
using JobForge.Application.Policy;

namespace JobForge.Application.Triggers;

/// <summary>What the trigger handlers need, bundled for <c>[AsParameters]</c>.</summary>
/// <param name="Store">The triggers.</param>
/// <param name="Counters">Counters (cleared on delete).</param>
/// <param name="Checkpoints">Checkpoints (cleared on delete).</param>
/// <param name="Decisions">The decision log.</param>
/// <param name="Catalog">The templates.</param>
/// <param name="Policy">Verifies the policy token of action-template triggers.</param>
/// <param name="Evaluator">Runs test evaluations.</param>
/// <param name="Signal">Tells this server's scheduler about changes.</param>
/// <param name="Audit">The audit recorder.</param>
/// <param name="Time">The clock.</param>
public sealed record TriggerEndpointServices(
    ITriggerStore Store,
    ITriggerCounters Counters,
    ITriggerCheckpoints Checkpoints,
    ITriggerDecisionLog Decisions,
    TemplateCatalog Catalog,
    PolicyTokenVerifier Policy,
    TriggerEvaluator Evaluator,
    TriggerChangeSignal Signal,
    AuditRecorder Audit,
    TimeProvider Time);
