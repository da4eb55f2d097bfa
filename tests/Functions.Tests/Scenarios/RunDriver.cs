using System.Text.Json;
using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>
/// Runs scenarios on one host: creates runs as a job request does (run row, work entry, notifier), sends signals through
/// the same <see cref="RunSignalSender"/> the endpoints use, and reads the run row. Subclasses start the driver.
/// </summary>
public abstract class RunDriver : IAsyncLifetime
{
    private IHost? _app;

    /// <summary>The app (its container resolves the stores and the signal sender).</summary>
    public IHost App => _app ?? throw new InvalidOperationException("not started");

    /// <summary>Which host this is, for messages.</summary>
    public abstract string Name { get; }

    /// <summary>How long a scenario waits for a run (bounded; generous on a loaded machine).</summary>
    public virtual TimeSpan Patience => TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _app = await ScenarioApp.BuildAsync(Configure);
        await _app.StartAsync();
        await StartDriverAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await StopDriverAsync();
        await App.StopAsync();
        App.Dispose();
    }

    /// <summary>Registers the host's run driver.</summary>
    protected abstract void Configure(IServiceCollection services);

    /// <summary>Starts what drives runs beyond the app (the Durable worker).</summary>
    protected virtual Task StartDriverAsync() => Task.CompletedTask;

    /// <summary>Stops it.</summary>
    protected virtual Task StopDriverAsync() => Task.CompletedTask;

    /// <summary>Stores a queued run of <paramref name="templateJson"/> as a job request does, and notifies the host.</summary>
    public async Task<Run> StartRunAsync(string templateJson, string inputs = "{}")
    {
        var (run, _) = NewRun(templateJson, inputs);
        var services = App.Services;
        var created = await services.GetRequiredService<IRunStore>().CreateAsync(run.TenantId, run);
        await services.GetRequiredService<IRunExecutionStore>().SetWorkAsync(RunWorkItem.ForNewRun(run));
        services.GetRequiredService<IRunWorkNotifier>().RunCreated(created);
        return run;
    }

    /// <summary>
    /// Stores a run as a worker that died mid-attempt leaves it: its first step Running (attempt 1) after
    /// <paramref name="deliveries"/> deliveries, a lapsed lease and a due work entry; nobody is told. The host's
    /// recovery (<see cref="RecoverAsync"/>) has to find it.
    /// </summary>
    public async Task<Run> AbandonRunAsync(string templateJson, int deliveries)
    {
        var (run, template) = NewRun(templateJson, "{}");
        var services = App.Services;
        var now = TimeProvider.System.GetUtcNow();
        run = run with { RequestedAt = now.AddMinutes(-1) };
        var plan = RunPlanner.Build(template, new RunPlanDefaults { RunTimeout = TimeSpan.FromMinutes(10) });
        var started = RunDecider.Decide(plan, RunStateFactory.Initial(plan), new RunStarted(now.AddMinutes(-1))).State;
        var inFlight = started with { Steps = [started.Steps[0] with { Deliveries = deliveries }, .. started.Steps.Skip(1)] };
        var created = await services.GetRequiredService<IRunStore>().CreateAsync(run.TenantId, run);
        var store = services.GetRequiredService<IRunExecutionStore>();
        Assert.True((await store.SaveAsync(run.TenantId, run.RunId, inFlight, new RunLease("dead-worker", now.AddSeconds(-1)), [], created.Version!)).Saved);
        await store.SetWorkAsync(new RunWorkItem(run.TenantId, run.RunId, now.AddSeconds(-1)));
        return run;
    }

    /// <summary>Runs the host's recovery once (the self-hosted engine scans the work index on its own).</summary>
    public virtual Task RecoverAsync() => Task.CompletedTask;

    private (Run Run, JobTemplate Template) NewRun(string templateJson, string inputs)
    {
        using var document = JsonDocument.Parse(templateJson);
        var template = JobTemplateParser.Parse(document.RootElement.Clone()).Template ?? throw new InvalidOperationException("invalid test template");
        var run = new Run
        {
            RunId = App.Services.GetRequiredService<IRunIdSource>().NewRunId(),
            TenantId = "tenant-" + UniqueNames.Next("s"),
            TemplateKey = template.TemplateKey,
            TemplateVersion = template.Version,
            TemplateJson = JobTemplateJson.ToJsonString(template),
            InputsJson = inputs,
            InputsSha256 = CanonicalJson.Sha256Hex(inputs),
            TraceId = "trace-" + UniqueNames.Next("r"),
            RequestedAt = TimeProvider.System.GetUtcNow(),
        };
        return (run, template);
    }

    /// <summary>Appends a signal as the approve, reject, cancel and rollback endpoints do.</summary>
    public async Task SignalAsync(Run run, string kind, bool rollback = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sender = App.Services.GetRequiredService<RunSignalSender>();
        var (record, refusal) = await sender.SendAsync(run.TenantId, run.RunId, new RunSignal(kind, "tester", TimeProvider.System.GetUtcNow(), Rollback: rollback), _ => null, CancellationToken.None);
        Assert.NotNull(record);
        Assert.Null(refusal);
    }

    /// <summary>The run row.</summary>
    public async Task<RunRecord> LoadAsync(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return await App.Services.GetRequiredService<IRunExecutionStore>().LoadAsync(run.TenantId, run.RunId)
            ?? throw new InvalidOperationException("run row missing");
    }

    /// <summary>Waits (bounded) until the stored state satisfies <paramref name="condition"/>; returns it.</summary>
    public async Task<RunState> WaitForAsync(Run run, Func<RunState, bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(run);
        RunState? last = null;
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                last = (await LoadAsync(run)).State;
                return last is not null && condition(last);
            }, Patience, $"{Name}: {what}");
        }
        catch (TimeoutException ex)
        {
            var steps = last is null ? "none" : string.Join(", ", last.Steps.Select(step => $"{step.StepId}={step.Status}/{step.Attempt}"));
            throw new TimeoutException($"{ex.Message}; last state {last?.Status} (seq {last?.Sequence}; {steps}); {await DescribeAsync(run)}", ex);
        }

        return last!;
    }

    /// <summary>What the host knows about the run beyond its row (the orchestration's status and failure).</summary>
    protected virtual Task<string> DescribeAsync(Run run) => Task.FromResult(string.Empty);

    /// <summary>Waits until the run is finished (terminal status, inbox empty, work entry removed by the host).</summary>
    public Task<RunState> WaitForEndAsync(Run run) => WaitForAsync(run, state => RunTransitions.IsTerminal(state.Status), "the run to finish");
}
