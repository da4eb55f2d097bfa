namespace JobForge.Functions.Tests.Scenarios;

/// <summary>The run scenarios on the self-hosted engine.</summary>
public sealed class SelfHostedRunScenarios(SelfHostedRunDriver driver) : RunScenarios(driver), IClassFixture<SelfHostedRunDriver>;
