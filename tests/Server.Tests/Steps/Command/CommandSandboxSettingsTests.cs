using System.Text.Json;
using JobForge.Application.Steps.Handlers.Command;
using JobForge.Application.Steps.Handlers.Command.Sandbox;

namespace JobForge.Server.Tests.Steps.Command;

/// <summary>Issue 17: start-up refuses command steps without a sandbox unless opted out; the step environment is an allow-list.</summary>
public sealed class CommandSandboxSettingsTests : IDisposable
{
    private readonly CommandWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Validate_CommandStepsWithoutBubblewrap_FailsStartUp_NamingTheOptOutKey()
    {
        var options = new CommandStepOptions { WorkspaceRoot = _workspace.Root };
        options.Sandbox.BubblewrapPath = "/nonexistent/jobforge/bwrap";

        var result = new CommandSandboxValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("JobForge:Steps:Command:Sandbox:Mode", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("bubblewrap", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CommandStepsWithoutBubblewrap_StartWhenTheOperatorOptsOut()
    {
        var options = new CommandStepOptions { WorkspaceRoot = _workspace.Root };
        options.Sandbox.BubblewrapPath = "/nonexistent/jobforge/bwrap";
        options.Sandbox.Mode = CommandSandboxMode.None;

        Assert.True(new CommandSandboxValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_WithBubblewrapInstalled_Succeeds_AndWithoutCommandStepsNothingIsProbed()
    {
        var configured = new CommandStepOptions { WorkspaceRoot = _workspace.Root };
        var unconfigured = new CommandStepOptions();
        unconfigured.Sandbox.BubblewrapPath = "/nonexistent/jobforge/bwrap";

        Assert.True(new CommandSandboxValidator().Validate(null, configured).Succeeded, new CommandSandboxValidator().Validate(null, configured).FailureMessage);
        Assert.True(new CommandSandboxValidator().Validate(null, unconfigured).Succeeded);
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(1000, 0)]
    public void Validate_RootInsideTheSandbox_IsRefused(int user, int group)
    {
        var options = new CommandStepOptions();
        options.Sandbox.UserId = user;
        options.Sandbox.GroupId = group;

        Assert.Contains("never root", new CommandSandboxValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PYTHONPATH")]
    [InlineData("PERL5OPT")]
    [InlineData("GIT_DIR")]
    [InlineData("GIT_SSH_COMMAND")]
    [InlineData("DOTNET_STARTUP_HOOKS")]
    [InlineData("GCONV_PATH")]
    [InlineData("NODE_OPTIONS")]
    [InlineData("RUBYOPT")]
    public void ValidateInputs_LoaderAndInterpreterVariables_AreNotOnTheDefaultAllowList(string name)
    {
        _workspace.Options.AllowedEnvironment = null;
        var with = JsonDocument.Parse(JsonSerializer.Serialize(new { executable = "sh", env = new Dictionary<string, string> { [name] = "x" } })).RootElement;

        Assert.Contains(_workspace.Handler().ValidateInputs(with), problem => problem.Path == "$.env");
    }

    [Theory]
    [InlineData("JOBFORGE_BUILD_ID")]
    [InlineData("INPUT_NAME")]
    [InlineData("CI")]
    public void ValidateInputs_DefaultAllowList_LetsOrdinaryVariablesThrough(string name)
    {
        _workspace.Options.AllowedEnvironment = null;
        var with = JsonDocument.Parse(JsonSerializer.Serialize(new { executable = "sh", env = new Dictionary<string, string> { [name] = "x" } })).RootElement;

        Assert.Empty(_workspace.Handler().ValidateInputs(with));
    }

    [Theory]
    [InlineData("PATH")]
    [InlineData("LD_*")]
    [InlineData("L*")]
    [InlineData("*")]
    [InlineData("DYLD_INSERT_LIBRARIES")]
    public void Validate_AllowListEntriesThatWouldAdmitTheLoader_AreRefused(string entry)
    {
        var options = new CommandStepOptions { AllowedEnvironment = [entry] };

        Assert.Contains("AllowedEnvironment", new CommandStepOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}
