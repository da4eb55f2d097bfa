namespace JobForge.Application.Runs;

/// <summary>The body of <c>GET /api/v1/engine</c>: this server's run engine right now.</summary>
/// <param name="Enabled">Whether this server executes runs (<c>JobForge:Engine:Enabled</c>).</param>
/// <param name="QueueDepth">Runs queued on this server and not yet taken.</param>
/// <param name="InFlightRuns">Runs executing on this server now.</param>
/// <param name="MaxConcurrency">How many runs this server executes at once.</param>
public sealed record EngineStatusResponse(bool Enabled, int QueueDepth, int InFlightRuns, int MaxConcurrency);
