using System.Text;
using JobForge.Domain.Steps;
using JobForge.Application.Steps;
using Microsoft.Extensions.Configuration;
using static JobForge.Server.Tests.Steps.StepRunnerFixture;

namespace JobForge.Server.Tests.Steps;

/// <summary>The runner masks every secret the server knows, not only the ones a step referenced (issue 17).</summary>
public sealed class StepRunnerSecretTests
{
    private const string Bootstrap = "bootstrap-key-0123456789abcdef0123456789";
    private const string Signing = "http-signing-secret-value";
    private const string AccountKey = "c3RvcmFnZS1hY2NvdW50LWtleQ==";

    private static readonly KnownSecrets Secrets = new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["JobForge:Auth:BootstrapKey"] = Bootstrap,
        ["JobForge:Steps:Http:SigningSecret"] = Signing,
        ["JobForge:Storage:ConnectionString"] = $"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={AccountKey};EndpointSuffix=core.windows.net",
    }).Build());

    [Fact]
    public async Task RunAsync_OutputsAndArtifactsHoldingServerSecrets_AreMasked_ThoughTheStepReferencedNone()
    {
        var artifact = new StepArtifact("dump.log", "text/plain", Encoding.UTF8.GetBytes($"key={Bootstrap}\nsig={Signing}\naccount={AccountKey}\n"));
        var handler = new FakeStepHandler("fake")
        {
            Execute = (_, _) => Task.FromResult(StepHandlerResult.Succeeded(Parse($"{{\"leak\":\"{Bootstrap}\",\"ok\":\"kept\"}}"), [artifact])),
        };
        using var fixture = new StepRunnerFixture(Secrets, handler);

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("fake", Context()), CancellationToken.None);

        Assert.Equal(StepRunner.RedactedMarker, outcome.Result.Outputs!.Value.GetProperty("leak").GetString());
        Assert.Equal("kept", outcome.Result.Outputs.Value.GetProperty("ok").GetString());
        Assert.Equal("key=***\nsig=***\naccount=***\n", Encoding.UTF8.GetString(Assert.Single(outcome.Result.Artifacts).Content.Span));
    }

    [Fact]
    public async Task RunAsync_FailureAndItsArtifactHoldingAServerSecret_AreMasked()
    {
        var handler = new FakeStepHandler("fake")
        {
            Execute = (_, _) => Task.FromResult(StepHandlerResult.Failed(
                new StepFailure("command_failed", "saw " + Signing, "fake", DateTimeOffset.UnixEpoch, false),
                [new StepArtifact("x.log", "text/plain", Encoding.UTF8.GetBytes(Signing))])),
        };
        using var fixture = new StepRunnerFixture(Secrets, handler);

        var outcome = await fixture.Runner.RunAsync(new StepRunRequest("fake", Context()), CancellationToken.None);

        Assert.Equal(StepRunner.RedactedMarker, outcome.Result.Failure!.Message);
        Assert.Equal("***", Encoding.UTF8.GetString(Assert.Single(outcome.Result.Artifacts).Content.Span));
    }

    [Fact]
    public void Collect_ListsEveryKindOfServerSecret_AndSkipsShortAndOrdinaryValues()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JobForge:Auth:BootstrapKey"] = Bootstrap,
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "policy-one-secret, policy-two-secret",
            ["JobForge:Policy:Secrets:0"] = "policy-listed-secret",
            ["JobForge:Events:Encryption:Keys:k1"] = "ZW5jcnlwdGlvbi1rZXk=",
            ["JobForge:Modules:ops:SigningSecret"] = "module-signing-secret",
            ["JobForge:Secrets:DEPLOY"] = "deploy-secret-value",
            ["JobForge:Secrets:SHORT"] = "abc",
            ["JobForge:Publishing:ServiceBus:ConnectionString"] = "Endpoint=sb://ns/;SharedAccessKeyName=send;SharedAccessKey=c2VydmljZS1idXMta2V5",
            ["JOBFORGE_REQUIRE_POLICY_TOKENS"] = "1",
            ["JobForge:Engine:MaxConcurrency"] = "64000000",
        }).Build();

        var values = KnownSecrets.Collect(configuration);

        foreach (var expected in new[]
        {
            Bootstrap, "policy-one-secret", "policy-two-secret", "policy-listed-secret", "ZW5jcnlwdGlvbi1rZXk=", "module-signing-secret",
            "deploy-secret-value", "c2VydmljZS1idXMta2V5",
        })
        {
            Assert.Contains(expected, values);
        }

        Assert.DoesNotContain("abc", values);
        Assert.DoesNotContain("64000000", values);
        Assert.DoesNotContain("1", values);
    }

    [Fact]
    public void Values_FollowConfigurationReloads()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        var secrets = new KnownSecrets(configuration);

        configuration["JobForge:Secrets:NEW"] = "a-new-secret-value";
        configuration.Reload();

        Assert.Contains("a-new-secret-value", secrets.Values);
    }
}
