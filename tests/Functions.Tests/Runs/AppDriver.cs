using System.Text.Json;
using JobForge.Application.Runs;
using JobForge.Domain.Runs;
using JobForge.Domain.Templates;
using JobForge.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobForge.Functions.Tests.Runs;

/// <summary>Creates, signals and reads runs in an app built by <c>ScenarioApp</c>, as a job request and the signal endpoints do.</summary>
internal sealed class AppDriver(IHost app)
{
    public static string Template(string steps) => $$$$"""
        {"template_key":"durable.{{{{UniqueNames.Next("t")}}}}","name":"Durable test","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],"default_max_attempts":3,
         "steps":{{{{steps}}}}}
        """;

    /// <summary>Stores a queued run (row and work entry) of a template with <paramref name="steps"/>; notifies unless <paramref name="notify"/> is false.</summary>
    public async Task<Run> StartRunAsync(string steps, bool notify = true, string? tenant = null)
    {
        using var document = JsonDocument.Parse(Template(steps));
        var template = JobTemplateParser.Parse(document.RootElement.Clone()).Template ?? throw new InvalidOperationException("invalid test template");
        tenant ??= "tenant-" + UniqueNames.Next("d");
        var run = new Run
        {
            RunId = app.Services.GetRequiredService<IRunIdSource>().NewRunId(),
            TenantId = tenant,
            TemplateKey = template.TemplateKey,
            TemplateVersion = template.Version,
            TemplateJson = JobTemplateJson.ToJsonString(template),
            InputsJson = "{}",
            InputsSha256 = CanonicalJson.Sha256Hex("{}"),
            TraceId = "trace-" + UniqueNames.Next("r"),
            RequestedAt = TimeProvider.System.GetUtcNow(),
        };
        var created = await app.Services.GetRequiredService<IRunStore>().CreateAsync(tenant, run);
        await app.Services.GetRequiredService<IRunExecutionStore>().SetWorkAsync(RunWorkItem.ForNewRun(run));
        if (notify)
        {
            app.Services.GetRequiredService<IRunWorkNotifier>().RunCreated(created);
        }

        return run;
    }

    public async Task SignalAsync(Run run, string kind)
    {
        var (record, refusal) = await app.Services.GetRequiredService<RunSignalSender>()
            .SendAsync(run.TenantId, run.RunId, new RunSignal(kind, "tester", TimeProvider.System.GetUtcNow()), _ => null, CancellationToken.None);
        Assert.NotNull(record);
        Assert.Null(refusal);
    }

    public async Task<RunState> WaitForAsync(Run run, Func<RunState, bool> condition, int seconds = 60)
    {
        RunState? last = null;
        await Eventually.TrueAsync(async () =>
        {
            last = (await app.Services.GetRequiredService<IRunExecutionStore>().LoadAsync(run.TenantId, run.RunId))?.State;
            return last is not null && condition(last);
        }, TimeSpan.FromSeconds(seconds), $"run {run.RunId} (last: {last?.Status})");
        return last!;
    }
}
