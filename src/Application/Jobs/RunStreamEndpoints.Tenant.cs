using System.Text.Json;
using JobForge.Domain.Errors;
using JobForge.Domain.Events;
using JobForge.Domain.Runs;
using JobForge.Application.Auth;
using JobForge.Application.Errors;

namespace JobForge.Application.Jobs;

public static partial class RunStreamEndpoints
{
    private const int TenantPageSize = 200;

    /// <summary>
    /// Streams every run of a tenant for dashboards (event <c>run</c>, the whole run): first the unfinished runs as
    /// they stand, then each change of any run, new runs included, until the client leaves. The event id is the
    /// stream's position (<see cref="TenantStreamPosition"/>), so <c>Last-Event-ID</c> resumes without gaps or
    /// duplicates. A key that does not cover the tenant is 403.
    /// </summary>
    public static async Task<IResult> StreamTenantAsync(HttpContext context, [AsParameters] RunStreamServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var caller = context.GetCaller()!;
        var (tenant, problems) = RunRouteTarget.Resolve(context, null, caller, []);
        var lastText = LastEventId(context);
        var position = lastText.Length == 0 ? new TenantStreamPosition() : TenantStreamPosition.Parse(lastText);
        if (position is null)
        {
            problems.Add(new ValidationProblem("Last-Event-ID", ValidationProblemCodes.InvalidFormat, "an event id of this stream"));
        }

        if (problems.Count > 0)
        {
            return Invalid(context, problems);
        }

        if (!caller.CoversTenant(tenant!))
        {
            return ErrorResults.Problem(context, StatusCodes.Status403Forbidden, ErrorType.Forbidden,
                "The API key does not cover this tenant; use a key issued for it.", new { tenant_id = tenant });
        }

        var options = services.Options.Value;
        var writer = new ServerSentEventWriter(context.Response, services.Time, options.HeartbeatInterval);
        try
        {
            await writer.StartAsync(cancellationToken);
            using var timer = new PeriodicTimer(options.TenantPollInterval, services.Time);
            var skipFinished = lastText.Length == 0; // a fresh stream starts from the unfinished runs
            do
            {
                await foreach (var record in ListAllAsync(services.Store, tenant!, cancellationToken))
                {
                    await SendIfChangedAsync(writer, position!, record, skipFinished, services, cancellationToken);
                }

                skipFinished = false;
                await writer.HeartbeatIfDueAsync(cancellationToken);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: nothing to answer.
        }

        return Results.Empty;
    }

    private static async Task SendIfChangedAsync(
        ServerSentEventWriter writer, TenantStreamPosition position, RunRecord record, bool skipFinished, RunStreamServices services, CancellationToken cancellationToken)
    {
        var sequence = record.State?.Sequence ?? 0;
        var finished = RunTransitions.IsTerminal(record.Status);
        var send = position.IsNew(record.Run.RunId)
            ? !(finished && skipFinished)
            : position.Unfinished.TryGetValue(record.Run.RunId, out var sent) && sequence > sent;
        if (!position.IsNew(record.Run.RunId) && !send)
        {
            return;
        }

        position.Handled(record.Run.RunId, sequence, finished);
        if (send)
        {
            var json = JsonSerializer.Serialize(RunResponse.From(record), services.Json.Value.SerializerOptions);
            await writer.EventAsync(position.ToString(), "run", json, cancellationToken);
        }
    }

    private static async IAsyncEnumerable<RunRecord> ListAllAsync(
        IRunExecutionStore store, string tenant, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            var page = await store.ListRunsAsync(tenant, new RunListQuery(TenantPageSize, cursor), cancellationToken);
            foreach (var record in page.Runs)
            {
                yield return record;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }
}
