using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.Server.Audit;
using JobForge.Server.Flags;
using JobForge.Server.Policy;

namespace JobForge.Server.Jobs;

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
    internal ILogger Logger => Loggers.CreateLogger("JobForge.Server.Jobs");
}
