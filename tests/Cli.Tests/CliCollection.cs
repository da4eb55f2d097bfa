namespace JobForge.Cli.Tests;

/// <summary>The CLI tests share one server (starting one per class would cost seconds each on a loaded machine).</summary>
[CollectionDefinition(Name)]
public sealed class CliCollection : ICollectionFixture<CliTestServer>
{
    public const string Name = "cli";
}
