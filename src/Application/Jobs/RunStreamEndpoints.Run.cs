using System.Globalization;
using System.Text.Json;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Jobs;

public static partial class RunStreamEndpoints
{
    /// <summary>
    /// Streams one run: its current state first (event <c>run</c>), then each change, then its final state (event
    /// <c>final</c>) and the stream closes. The event id is the run's sequence (events applied), so a client that sends
    /// <c>Last-Event-ID: n</c> gets only states after <c>n</c>: nothing twice, never an older state. Changes between two
    /// polls arrive as one event (each event is the whole run). Another tenant's run or none is 404, as for the run itself.
    /// </summary>
    public static async Task<IResult> StreamRunAsync(HttpContext context, [Microsoft.AspNetCore.Mvc.FromRoute(Name = "run_id")] string runId, [AsParameters] RunStreamServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var (tenant, problems) = RunRouteTarget.Resolve(context, runId, caller, []);
        var last = -1;
        var lastText = LastEventId(context);
        if (lastText.Length > 0 && !(int.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out last) && last >= 0))
        {
            problems.Add(new ValidationProblem("Last-Event-ID", ValidationProblemCodes.InvalidFormat, "an event id of this stream: a non-negative integer"));
        }

        if (problems.Count > 0)
        {
            return Invalid(context, problems);
        }

        var record = caller.CoversTenant(tenant!) ? await services.Store.LoadAsync(tenant!, runId, cancellationToken) : null;
        if (record is null)
        {
            return ErrorResults.Problem(context, StatusCodes.Status404NotFound, ErrorType.NotFound, $"There is no run '{runId}' for this tenant.", new { run_id = runId });
        }

        var options = services.Options.Value;
        var writer = new ServerSentEventWriter(context.Response, services.Time, options.HeartbeatInterval);
        try
        {
            await writer.StartAsync(cancellationToken);
            using var timer = new PeriodicTimer(options.PollInterval, services.Time);
            while (record is not null)
            {
                var sequence = record.State?.Sequence ?? 0;
                var finished = RunTransitions.IsTerminal(record.Status);
                if (sequence > last)
                {
                    var json = JsonSerializer.Serialize(RunResponse.From(record), services.Json.Value.SerializerOptions);
                    await writer.EventAsync(sequence.ToString(CultureInfo.InvariantCulture), finished ? "final" : "run", json, cancellationToken);
                    last = sequence;
                }

                if (finished || !await timer.WaitForNextTickAsync(cancellationToken))
                {
                    break;
                }

                await writer.HeartbeatIfDueAsync(cancellationToken);
                record = await services.Store.LoadAsync(tenant!, runId, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: nothing to answer.
        }

        return Results.Empty;
    }

    private static IResult Invalid(HttpContext context, IReadOnlyList<ValidationProblem> problems) =>
        ErrorResults.ValidationFailed(context, "The request is not valid", problems);
}
