using System.Text.Json.Nodes;
using JobForge.Domain.Steps;
using JobForge.Application.Flags;
using JobForge.Application.Steps.Handlers.Command.Sandbox;

namespace JobForge.Application.Steps.Handlers.Command;

public sealed partial class CommandStepHandler
{
    private async Task<StepHandlerResult> RunPackAsync(
        StepContext context, VerifyPackInvocation pack, CancellationToken timeout, CancellationToken canceled)
    {
        if (!_flags.Current.VerifyPackEnabled)
        {
            return Fail(StepFailureTypes.FeatureDisabled, $"The verify pack is disabled; set {FeatureFlagNames.VerifyPack}=1.", retryable: false);
        }

        var directory = WorkspacePath.Resolve(_options.WorkspaceRoot!, pack.Workspace, out var problem);
        if (directory is null)
        {
            return Fail(StepFailureTypes.InvalidInput, "'workspace' " + problem, retryable: false);
        }

        var stages = new List<PackStage>();
        foreach (var name in pack.Stages)
        {
            var settings = _pack.Stage(name);
            if (settings.Executable is not { } key || !_options.AllowedExecutables.TryGetValue(key, out var path) || !File.Exists(path))
            {
                return Fail(StepFailureTypes.InvalidInput, $"The verify pack stage '{name}' runs an executable that is not allow-listed or not installed.", retryable: false);
            }

            stages.Add(new PackStage(name, key, path, settings.Args ?? [], settings.Network));
        }

        var began = _time.GetTimestamp();
        WorkspaceFingerprint fingerprint;
        using (var either = CancellationTokenSource.CreateLinkedTokenSource(timeout, canceled))
        {
            try
            {
                fingerprint = await Task.Run(() => WorkspaceFingerprint.Compute(directory, either.Token), either.Token);
            }
            catch (OperationCanceledException) when (either.IsCancellationRequested)
            {
                var end = canceled.IsCancellationRequested ? ProcessEnd.Canceled : ProcessEnd.TimedOut;
                return Ended(new ProcessOutcome(end, -1, _time.GetElapsedTime(began)), "Fingerprinting the workspace", Artifact(context, new OutputCapture(OutputCapture.MinCapacity)));
            }
        }

        var log = new OutputCapture(_options.MaxLogBytes);
        var reports = new JsonArray();
        var passed = true;
        foreach (var stage in stages)
        {
            log.AppendLine($"== {stage.Name}: {stage.Executable} {string.Join(' ', stage.Args)}");
            var outcome = await RunStageAsync(context, stage, directory, log, timeout, canceled);
            if (outcome.End is ProcessEnd.TimedOut or ProcessEnd.Canceled)
            {
                return Ended(outcome, $"The verify pack stage '{stage.Name}'", Artifact(context, log));
            }

            var stagePassed = outcome.End == ProcessEnd.Exited && outcome.ExitCode == 0;
            log.AppendLine($"== {stage.Name}: {(stagePassed ? "passed" : "failed")} (exit code {outcome.ExitCode})");
            reports.Add(new JsonObject
            {
                ["name"] = stage.Name,
                ["passed"] = stagePassed,
                ["exit_code"] = outcome.ExitCode,
                ["duration_ms"] = (long)outcome.Duration.TotalMilliseconds,
            });
            if (!stagePassed)
            {
                passed = false;
                break;
            }
        }

        CommandStepLog.PackFinished(_logger, context.RunId, context.StepId, pack.Pack, passed, reports.Count);
        var artifact = Artifact(context, log);
        return StepHandlerResult.Succeeded(ToElement(new JsonObject
        {
            ["passed"] = passed,
            ["pack"] = pack.Pack,
            ["stages"] = reports,
            ["fingerprint"] = new JsonObject
            {
                ["manifest_sha256"] = fingerprint.ManifestSha256,
                ["lock_sha256"] = fingerprint.LockSha256,
                ["file_count"] = fingerprint.FileCount,
                ["total_bytes"] = fingerprint.TotalBytes,
                ["truncated"] = fingerprint.Truncated,
            },
            ["duration_ms"] = (long)_time.GetElapsedTime(began).TotalMilliseconds,
            ["log_artifact"] = artifact.Name,
        }), [artifact]);
    }

    private Task<ProcessOutcome> RunStageAsync(
        StepContext context, PackStage stage, string directory, OutputCapture log, CancellationToken timeout, CancellationToken canceled)
    {
        var start = new CommandSandbox(_options.Sandbox, WorkspacePath.CanonicalRoot(_options.WorkspaceRoot!)!).Start(stage.Path, stage.Args, directory, stage.Network);
        CommandEnvironment.Apply(start, _options.InheritedEnvironment ?? CommandStepOptions.DefaultInheritedEnvironment, new Dictionary<string, string>());
        CommandStepLog.Starting(_logger, context.RunId, context.StepId, stage.Executable);
        return new CommandProcess(_time, _logger).RunAsync(start, log, timeout, canceled);
    }
}
