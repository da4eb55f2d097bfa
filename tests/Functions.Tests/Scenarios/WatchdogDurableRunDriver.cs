using JobForge.Application.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>The Durable driver with a run timeout long enough to look at an attempt past its own timeout, and a 1 s grace.</summary>
public sealed class WatchdogDurableRunDriver : DurableRunDriver
{
    /// <inheritdoc />
    protected override void Configure(IServiceCollection services)
    {
        base.Configure(services);
        services.PostConfigure<RunEngineOptions>(options =>
        {
            options.RunTimeout = TimeSpan.FromMinutes(10);
            options.AttemptGrace = TimeSpan.FromSeconds(1);
        });
    }
}
