using System.Text.Json.Nodes;
using JobForge.Domain.Steps;
using JobForge.Application.Steps.Handlers.Command.Sandbox;

namespace JobForge.Application.Steps.Handlers.Command;

public sealed partial class CommandStepHandler
{
    private async Task<StepHandlerResult> RunCommandAsync(
        StepContext context, CommandInvocation command, CancellationToken timeout, CancellationToken canceled)
    {
        var directory = WorkspacePath.Resolve(_options.WorkspaceRoot!, command.WorkingDirectory, out var problem);
        if (directory is null)
        {
            return Fail(StepFailureTypes.InvalidInput, "'working_directory' " + problem, retryable: false);
        }

        var path = _options.AllowedExecutables[command.Executable];
        if (!File.Exists(path))
        {
            return Fail(StepFailureTypes.InvalidInput, $"The allow-listed executable '{command.Executable}' is not installed.", retryable: false);
        }

        var root = WorkspacePath.CanonicalRoot(_options.WorkspaceRoot!)!;
        if (OutsidePathArgument(command, root, directory) is { } outside)
        {
            return Fail(StepFailureTypes.InvalidInput, $"Argument {outside} is a path and resolves outside the workspace root.", retryable: false);
        }

        var start = new CommandSandbox(_options.Sandbox, root).Start(path, command.Args, directory, command.Network);
        CommandEnvironment.Apply(start, _options.InheritedEnvironment ?? CommandStepOptions.DefaultInheritedEnvironment, command.Environment);
        var log = new OutputCapture(_options.MaxLogBytes);
        CommandStepLog.Starting(_logger, context.RunId, context.StepId, command.Executable);
        var outcome = await new CommandProcess(_time, _logger).RunAsync(start, log, timeout, canceled);
        var artifact = Artifact(context, log);
        var durationMs = (long)outcome.Duration.TotalMilliseconds;
        switch (outcome.End)
        {
            case ProcessEnd.StartFailed:
                CommandStepLog.StartFailed(_logger, context.RunId, context.StepId, command.Executable);
                return Fail(StepFailureTypes.InvalidInput, $"The executable '{command.Executable}' could not be started.", retryable: false);
            case ProcessEnd.TimedOut or ProcessEnd.Canceled:
                CommandStepLog.Killed(_logger, context.RunId, context.StepId, command.Executable, outcome.End.ToString(), durationMs);
                return Ended(outcome, $"'{command.Executable}'", artifact);
        }

        CommandStepLog.Exited(_logger, context.RunId, context.StepId, command.Executable, outcome.ExitCode, durationMs);
        if (outcome.ExitCode != 0)
        {
            return Fail(
                StepFailureTypes.CommandFailed, $"'{command.Executable}' exited with code {outcome.ExitCode}.", retryable: false,
                new JsonObject { ["exit_code"] = outcome.ExitCode, ["duration_ms"] = durationMs, ["log_artifact"] = artifact.Name }, artifact);
        }

        return StepHandlerResult.Succeeded(
            ToElement(new JsonObject { ["exit_code"] = 0, ["duration_ms"] = durationMs, ["log_artifact"] = artifact.Name }), [artifact]);
    }

    // The first argument the template declared a path that resolves outside the workspace root, or null.
    private static int? OutsidePathArgument(CommandInvocation command, string root, string directory) =>
        command.PathArgs
            .Where(index => index < command.Args.Count)
            .Order()
            .Select(index => (int?)index)
            .FirstOrDefault(index => !WorkspacePath.IsInside(root, directory, command.Args[index!.Value]));
}
