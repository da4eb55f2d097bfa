using JobForge.Domain.Steps;
using JobForge.Application.Artifacts;

namespace JobForge.Application.Runs;

/// <summary>
/// The engine's side of the evidence: hands the run's inputs, step outputs, log, manifest and replay bundle to the
/// <see cref="RunEvidenceRecorder"/> (which applies the manifest and replay flags). Evidence failures are logged and
/// never fail a run; the manifest then stays <c>pending</c>.
/// </summary>
internal sealed class RunEvidence(RunEvidenceRecorder recorder, IEnumerable<IStepHandler> handlers, TimeProvider time, ILogger<RunEvidence> logger)
{
    private readonly IReadOnlyDictionary<string, string> _versions =
        handlers.GroupBy(handler => handler.Kind, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Version, StringComparer.Ordinal);

    public Task StartAsync(RunSession session, CancellationToken cancellationToken) =>
        GuardAsync(session, () => recorder.StartAsync(session.Run, session.State, cancellationToken));

    public Task StepCompletedAsync(RunSession session, string stepId, string outputsJson, IReadOnlyList<StepArtifact> artifacts, CancellationToken cancellationToken) =>
        GuardAsync(session, () => recorder.StepCompletedAsync(session.Run, stepId, outputsJson, artifacts, cancellationToken));

    public Task CompleteAsync(RunSession session, CancellationToken cancellationToken) =>
        GuardAsync(session, () => recorder.CompleteAsync(session.Run, session.State, RunLogLines.From(session.Run, session.State, time.GetUtcNow()), _versions, cancellationToken));

    private async Task GuardAsync(RunSession session, Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            RunsLog.EvidenceFailed(logger, session.RunId, ex);
        }
    }
}
