using JobForge.Domain.Steps;
using JobForge.Application.Flags;
using JobForge.Application.Steps.Handlers.Command;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Steps.Command;

public sealed class CommandStepOptionsTests
{
    [Fact]
    public void Validate_NothingConfigured_IsValid_SoTheServerStarts()
    {
        Assert.True(new CommandStepOptionsValidator().Validate(null, new CommandStepOptions()).Succeeded);
    }

    [Theory]
    [InlineData("relative/root", null, "WorkspaceRoot")]
    [InlineData("/nonexistent/jobforge-root", null, "WorkspaceRoot")]
    [InlineData(null, "/bin/sh", "WorkspaceRoot")]
    [InlineData("/", "bin/sh", "AllowedExecutables:sh")]
    public void Validate_BadSettings_FailNamingTheKey(string? root, string? sh, string key)
    {
        var options = new CommandStepOptions { WorkspaceRoot = root };
        if (sh is not null)
        {
            options.AllowedExecutables["sh"] = sh;
        }

        var result = new CommandStepOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("JobForge:Steps:Command:" + key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadLimits_AndEnvironmentNames_Fail()
    {
        var options = new CommandStepOptions { WorkspaceRoot = "/", MaxLogBytes = 10, DefaultTimeout = TimeSpan.Zero, InheritedEnvironment = ["LD_PRELOAD"] };
        options.AllowedExecutables["bad name"] = "/bin/sh";

        var failures = new CommandStepOptionsValidator().Validate(null, options).Failures!;

        Assert.Equal(4, failures.Count());
    }

    [Fact]
    public void ValidatePack_UnknownStage_AndStageOffTheAllowList_Fail()
    {
        var command = new CommandStepOptions { WorkspaceRoot = "/" };
        command.AllowedExecutables["sh"] = "/bin/sh";
        var pack = new VerifyPackOptions();
        pack.Stages["deploy"] = new VerifyPackStageOptions { Executable = "sh" };
        pack.Stages["lint"] = new VerifyPackStageOptions { Executable = "npm" };
        pack.Stages["build"] = new VerifyPackStageOptions { Executable = "sh", Args = ["build.sh"] };

        var result = new VerifyPackOptionsValidator(Options.Create(command)).Validate(null, pack);

        Assert.Equal(2, result.Failures!.Count());
        Assert.Contains("JobForge:Steps:VerifyPack:Stages:deploy", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("JobForge:Steps:VerifyPack:Stages:lint:Executable", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultStages_AreTheNpmScripts()
    {
        var pack = new VerifyPackOptions();

        Assert.Equal(["run", "lint"], pack.Stage("lint").Args!);
        Assert.Equal(["run", "typecheck"], pack.Stage("typecheck").Args!);
        Assert.Equal(["run", "build"], pack.Stage("build").Args!);
        Assert.Equal(["test"], pack.Stage("test").Args!);
        Assert.All(VerifyPackOptions.StageNames, stage => Assert.Equal("npm", pack.Stage(stage).Executable));
    }

    [Fact]
    public void AddJobForgeCommandStep_BindsTheSettings_AndRegistersTheHandlerOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JobForge:Steps:Command:WorkspaceRoot"] = Path.GetTempPath(),
            ["JobForge:Steps:Command:AllowedExecutables:sh"] = "/bin/sh",
            ["JobForge:Steps:Command:MaxLogBytes"] = "4096",
            ["JobForge:Steps:VerifyPack:Stages:lint:Executable"] = "sh",
            ["JobForge:Steps:VerifyPack:Stages:lint:Args:0"] = "lint.sh",
        }).Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddJobForgeFlags()
            .AddJobForgeCommandStep()
            .AddJobForgeCommandStep()
            .BuildServiceProvider();

        var handler = Assert.Single(provider.GetServices<IStepHandler>());
        var options = provider.GetRequiredService<IOptions<CommandStepOptions>>().Value;
        var pack = provider.GetRequiredService<IOptions<VerifyPackOptions>>().Value;

        Assert.IsType<CommandStepHandler>(handler);
        Assert.Equal("/bin/sh", options.AllowedExecutables["sh"]);
        Assert.Equal(4096, options.MaxLogBytes);
        Assert.Equal(["lint.sh"], pack.Stage("lint").Args!);
        Assert.Equal(["run", "build"], pack.Stage("build").Args!);
    }

    [Fact]
    public void AddJobForgeCommandStep_WithBadSettings_FailsWhenTheOptionsAreRead()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JobForge:Steps:Command:WorkspaceRoot"] = "relative",
        }).Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddJobForgeCommandStep()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<CommandStepOptions>>().Value);

        Assert.Contains("JobForge:Steps:Command:WorkspaceRoot", error.Message, StringComparison.Ordinal);
    }
}
