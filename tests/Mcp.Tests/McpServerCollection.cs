namespace JobForge.Mcp.Tests;

/// <summary>Every test class shares one server: starting it is the expensive part.</summary>
[CollectionDefinition(Name)]
public sealed class McpServerCollection : ICollectionFixture<McpTestServer>
{
    public const string Name = "mcp server";
}
