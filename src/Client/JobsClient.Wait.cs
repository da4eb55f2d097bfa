using JobForge.Client.Models;

namespace JobForge.Client;

public sealed partial class JobsClient
{
    /// <summary>
    /// Waits until run <paramref name="runId"/> is finished and returns it: follows the stream, resuming with the last
    /// event id when the connection drops, and falls back to polling <c>GET /api/v1/jobs/{run_id}</c> every
    /// <see cref="JobForgeClientOptions.PollInterval"/> when the stream cannot be used. Errors the server states
    /// (404, 403, …) are thrown as <see cref="JobForgeException"/>.
    /// </summary>
    public async Task<Run> WaitForCompletionAsync(string runId, string? tenantId = null, CancellationToken cancellationToken = default)
    {
        string? lastEventId = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await foreach (var update in WatchAsync(runId, lastEventId, tenantId, cancellationToken).ConfigureAwait(false))
                {
                    lastEventId = update.EventId;
                    if (RunStatuses.IsFinal(update.Run.Status))
                    {
                        return update.Run;
                    }
                }

                break; // closed without a final state (e.g. a proxy cut it): poll
            }
            catch (JobForgeException e) when (e.StatusCode is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.MethodNotAllowed && e.TraceId is null)
            {
                break; // no JobForge envelope: a proxy or an older server without the stream route, so poll
            }
            catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                // The connection dropped: resume from the last event.
            }
        }

        return await PollUntilFinishedAsync(runId, tenantId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Run> PollUntilFinishedAsync(string runId, string? tenantId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var run = await GetAsync(runId, tenantId, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (RunStatuses.IsFinal(run.Status))
            {
                return run;
            }

            await Task.Delay(_http.Options.PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
