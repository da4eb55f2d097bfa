using JobForge.Client;

namespace JobForge.Mcp;

/// <summary>
/// Where a tool call gets the <see cref="JobForgeClient"/> it calls the API with: the key of whoever is calling. Over
/// stdio that is the one configured key; over Streamable HTTP it is the bearer key of the current request.
/// </summary>
public interface IJobForgeClientSource
{
    /// <summary>The client for the current tool call; the caller does not dispose it.</summary>
    JobForgeClient GetClient();
}
