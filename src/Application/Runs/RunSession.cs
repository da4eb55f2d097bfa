using JobForge.Domain.Runs;
using JobForge.Domain.Templates;

namespace JobForge.Application.Runs;

/// <summary>
/// One worker's hold on one run: the state as last decided, the storage version it was saved under, and the commands
/// still to carry out. Owned by a single worker task; the lease renewal touches it only under <see cref="Gate"/>.
/// </summary>
internal sealed class RunSession(Run run, JobTemplate template, RunPlan plan, RunState state, string version)
{
    public Run Run { get; } = run;

    public JobTemplate Template { get; } = template;

    public RunPlan Plan { get; } = plan;

    public RunState State { get; set; } = state;

    public string Version { get; set; } = version;

    /// <summary>Commands decided while saving (from signals found in the inbox), to carry out next.</summary>
    public Queue<RunCommand> Pending { get; } = new();

    /// <summary>Set when another worker holds the run now: stop at once, write nothing more.</summary>
    public bool Lost { get; set; }

    /// <summary>Cancels the attempt in flight (cancel requested or lease lost).</summary>
    public CancellationTokenSource? InFlight { get; set; }

    public SemaphoreSlim Gate { get; } = new(1, 1);

    private TaskCompletionSource _nudge = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A signal was appended here in this process: the worker looks at the inbox now instead of at its next renewal.</summary>
    public void Nudge() => Volatile.Read(ref _nudge).TrySetResult();

    /// <summary>Waits <paramref name="delay"/> on <paramref name="time"/>, or less when nudged. Returns whether it was nudged.</summary>
    public async Task<bool> WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        var nudge = Volatile.Read(ref _nudge);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elapsed = Task.Delay(delay, time, timer.Token);
        if (await Task.WhenAny(elapsed, nudge.Task) != nudge.Task)
        {
            await elapsed; // throws when canceled
            return false;
        }

        Interlocked.CompareExchange(ref _nudge, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), nudge);
        await timer.CancelAsync();
        await elapsed.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
        return true;
    }

    public string TenantId => Run.TenantId;

    public string RunId => Run.RunId;
}
