using JobForge.Domain.Artifacts;
using JobForge.Domain.Runs;
using JobForge.Application.Flags;

namespace JobForge.Application.Artifacts;

/// <summary>What the artifact handlers need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record ArtifactEndpointServices(
    IRunStore Runs,
    IArtifactStore Artifacts,
    IReplayExecutor Replays,
    FeatureFlagsReader Flags,
    ILoggerFactory Loggers)
{
    /// <summary>The logger of the artifact endpoints.</summary>
    internal ILogger Logger => Loggers.CreateLogger("JobForge.Application.Artifacts");
}
