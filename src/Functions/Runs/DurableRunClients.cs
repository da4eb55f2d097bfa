using Microsoft.DurableTask.Client;

namespace JobForge.Functions.Runs;

/// <summary>
/// The Durable client the notifier schedules with. The isolated worker hands a <see cref="DurableTaskClient"/> only
/// to functions that bind one (<c>[DurableClient]</c>), so a function that may create or signal a run opens a scope
/// with <see cref="Use(DurableTaskClient)"/> (like <c>IHttpContextAccessor</c>, per async flow). Without one the run
/// is still accepted: the recovery scan (<see cref="DurableRunRecovery"/>) schedules it at its next tick.
/// </summary>
public sealed class DurableRunClients
{
    private readonly AsyncLocal<IRunOrchestrationClient?> _scoped = new();

    /// <summary>The client used outside any scope (tests, benchmarks and single-client hosts set it).</summary>
    public IRunOrchestrationClient? Default { get; set; }

    /// <summary>The scope's client, else <see cref="Default"/>.</summary>
    public IRunOrchestrationClient? Current => _scoped.Value ?? Default;

    /// <summary>
    /// Makes <paramref name="client"/> current for this async flow until the result is disposed; with no client (a
    /// function invoked outside the host, as tests do) nothing changes and runs wait for the recovery scan.
    /// </summary>
    public IDisposable Use(DurableTaskClient? client) => client is null ? new Scope(this, _scoped.Value) : Use(new DurableTaskRunOrchestrationClient(client));

    /// <summary>Makes <paramref name="client"/> current for this async flow until the result is disposed.</summary>
    public IDisposable Use(IRunOrchestrationClient client)
    {
        var previous = _scoped.Value;
        _scoped.Value = client;
        return new Scope(this, previous);
    }

    private sealed class Scope(DurableRunClients owner, IRunOrchestrationClient? previous) : IDisposable
    {
        public void Dispose() => owner._scoped.Value = previous;
    }
}
