using JobForge.Application.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Functions.Tests.Scenarios;

/// <summary>The self-hosted engine (<see cref="RunEngine"/> and <see cref="RunExecutor"/>) as the server runs it.</summary>
public sealed class SelfHostedRunDriver : RunDriver
{
    /// <inheritdoc />
    public override string Name => "self-hosted engine";

    /// <inheritdoc />
    protected override void Configure(IServiceCollection services) =>
        services.AddHostedService(provider => provider.GetRequiredService<RunEngine>());
}
