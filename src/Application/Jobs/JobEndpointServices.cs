using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Application.Audit;
using JobForge.Application.Flags;
using JobForge.Application.Policy;

namespace JobForge.Application.Jobs;

/// <summary>What the job handlers need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record JobEndpointServices(
    IRunStore Runs,
    TemplateCatalog Catalog,
    PolicyTokenVerifier Policy,
    FeatureFlagsReader Flags,
    AuditRecorder Audit,
    IRunIdSource RunIds,
    TimeProvider Time,
    ILoggerFactory Loggers,
    JobSubmitter Submitter)
{
    /// <summary>The logger of the job endpoints.</summary>
    internal ILogger Logger => Loggers.CreateLogger("JobForge.Application.Jobs");
}
