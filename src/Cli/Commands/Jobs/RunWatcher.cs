using System.Globalization;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using JobForge.Client;
using JobForge.Client.Models;
using Spectre.Console;

namespace JobForge.Cli.Commands.Jobs;

/// <summary>
/// Follows a run live from its stream (<see cref="JobsClient.WatchAsync"/>) and shows it: each change as a line, a
/// spinner naming the active step while stdout is a terminal, then the run's steps and final status. With
/// <c>--json</c>, one JSON object per stream event. When the stream ends early (a dropped connection, a proxy) the SDK's
/// <see cref="JobsClient.WaitForCompletionAsync"/> (resume, then polling) finishes the wait.
/// </summary>
internal sealed class RunWatcher(CliConsole console, JobForgeClient client)
{
    /// <summary>Watches <paramref name="runId"/> to its end; the exit code is 0 when it succeeded, 1 otherwise.</summary>
    public async Task<int> WatchAsync(string runId, string? tenant, bool json, CancellationToken cancellationToken)
    {
        Run? last = null;
        if (console.IsTerminal && !json)
        {
            await console.Out.Status().Spinner(Spinner.Known.Dots).StartAsync("connecting to the run stream", async status =>
                last = await FollowAsync(runId, tenant, json, run => status.Status(Markup.Escape(WatchNarrator.Activity(run) ?? run.Status)), cancellationToken));
        }
        else
        {
            last = await FollowAsync(runId, tenant, json, _ => { }, cancellationToken);
        }

        if (!RunStatuses.IsFinal(last?.Status))
        {
            var final = await client.Jobs.WaitForCompletionAsync(runId, tenant, cancellationToken);
            Show(last, final, json, "final", string.Empty);
            last = final;
        }

        if (!json)
        {
            console.Out.WriteLine();
            console.Out.Write(RunView.Render(last!));
            console.Out.Write(new Text(RunView.Summary(last!) + Environment.NewLine, RunView.StatusStyle(last!.Status)));
        }

        return last!.Status == "succeeded" ? ExitCodes.Success : ExitCodes.Negative;
    }

    private async Task<Run?> FollowAsync(string runId, string? tenant, bool json, Action<Run> onActivity, CancellationToken cancellationToken)
    {
        Run? last = null;
        try
        {
            await foreach (var update in client.Jobs.WatchAsync(runId, tenantId: tenant, cancellationToken: cancellationToken))
            {
                Show(last, update.Run, json, update.Event, update.EventId);
                onActivity(update.Run);
                last = update.Run;
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException && last is not null && !cancellationToken.IsCancellationRequested)
        {
            // The connection dropped after the run was seen: WaitForCompletionAsync resumes and, failing that, polls.
        }

        return last;
    }

    private void Show(Run? previous, Run current, bool json, string eventName, string eventId)
    {
        if (json)
        {
            console.WriteJsonLine(new WatchLine(eventName, eventId, current), CliJsonContext.Default.WatchLine);
            return;
        }

        var time = DateTimeOffset.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        foreach (var line in WatchNarrator.Changes(previous, current))
        {
            console.Out.WriteLine($"{time}  {line}");
        }
    }
}
