using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.Http;
using JobForge.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Steps;

public sealed class StepsRegistrationTests
{
    private static readonly Dictionary<string, string?> s_base = new() { ["JobForge:Storage:ConnectionString"] = "UseDevelopmentStorage=true" };

    [Fact]
    public async Task Server_Built_HasTheRunnerWithTheBuiltInHandlers()
    {
        await using var app = RunningServer.Build(s_base, services => services.AddJobForgeSteps());

        var runner = app.Services.GetRequiredService<StepRunner>();

        Assert.Subset(runner.Kinds.ToHashSet(), new HashSet<string> { "transform", "http", "autopilot.module", "publish_event" });
        Assert.Equal(runner.Kinds.Count, runner.Kinds.Distinct().Count());
    }

    [Theory]
    [InlineData("JobForge:Steps:Http:MaxResponseBytes", "0")]
    [InlineData("JobForge:Steps:Http:MaxRedirects", "11")]
    [InlineData("JobForge:Steps:Http:SigningSecret", "short")]
    [InlineData("JobForge:Steps:Http:SigningSecret", "   ")]
    [InlineData("JobForge:Steps:Http:AllowedHosts:0", "http://x.com/")]
    public async Task Options_BadSetting_FailValidationNamingTheKey(string key, string value)
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>(s_base) { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<HttpStepOptions>>().Value);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short", error.Message.Replace("shortest", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_EmptySigningSecret_IsUnset_AsTheHandlerTreatsIt()
    {
        // A blank app setting or the local.settings.json placeholder: HTTP steps are not configured, start-up goes on.
        await using var app = RunningServer.Build(new Dictionary<string, string?>(s_base) { ["JobForge:Steps:Http:SigningSecret"] = "" });

        var options = app.Services.GetRequiredService<IOptions<HttpStepOptions>>().Value;

        Assert.True(string.IsNullOrEmpty(options.SigningSecret));
    }

    [Fact]
    public async Task Options_FromConfiguration_AreBound()
    {
        await using var app = RunningServer.Build(new Dictionary<string, string?>(s_base)
        {
            ["JobForge:Steps:Http:AllowedHosts:0"] = "*.modules.example.com",
            ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
            ["JobForge:Steps:Http:MaxRedirects"] = "1",
        });

        var options = app.Services.GetRequiredService<IOptions<HttpStepOptions>>().Value;

        Assert.Equal(["*.modules.example.com"], options.AllowedHosts);
        Assert.True(options.AllowPrivateNetworks);
        Assert.Equal(1, options.MaxRedirects);
        Assert.Equal(1024 * 1024, options.MaxResponseBytes);
    }
}
