namespace JobForge.Server.Mcp;

/// <summary>Settings of the <c>/api/mcp</c> endpoint (section <c>JobForge:Mcp</c>).</summary>
public sealed class McpEndpointOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "JobForge:Mcp";

    /// <summary>
    /// The address the tools call this server's API at (<c>JobForge:Mcp:ApiBaseAddress</c>). Unset (the default): the
    /// server's own first bound address, with a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) read as
    /// loopback. Set it when the server listens only on HTTPS with a certificate for another name.
    /// </summary>
    public Uri? ApiBaseAddress { get; set; }
}
