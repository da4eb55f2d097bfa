using JobForge.Client;

namespace JobForge.Mcp;

/// <summary>One client for every call (stdio: one process, one configured key).</summary>
internal sealed class SingleClientSource(JobForgeClient client) : IJobForgeClientSource
{
    public JobForgeClient GetClient() => client;
}
