namespace JobForge.Server.Tests.Policy;

/// <summary>One policy server shared by a test class (tests isolate by tenant and token), with its keys minted once.</summary>
public sealed class PolicyServerFixture : IAsyncLifetime
{
    internal PolicyTestServer Server { get; private set; } = null!;

    /// <summary>An all-tenant key with <c>policy:issue</c> and <c>jobs:write</c>.</summary>
    internal string OperatorKey { get; private set; } = null!;

    /// <summary>A key of tenant <c>acme</c> with <c>policy:issue</c> and <c>jobs:write</c>.</summary>
    internal string AcmeKey { get; private set; } = null!;

    /// <summary>A key of tenant <c>acme</c> with only <c>events:write</c>.</summary>
    internal string AcmeEventsKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PolicyTestServer.StartAsync();
        OperatorKey = await Server.CreateKeyAsync("*", "policy:issue", "jobs:write");
        AcmeKey = await Server.CreateKeyAsync("acme", "policy:issue", "jobs:write");
        AcmeEventsKey = await Server.CreateKeyAsync("acme", "events:write");
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
