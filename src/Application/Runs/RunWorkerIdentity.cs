using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Runs;

/// <summary>This process's worker id in run leases: configured, else host name, process id and a random suffix (unique per start).</summary>
internal sealed class RunWorkerIdentity(IOptions<RunEngineOptions> options)
{
    public string WorkerId { get; } = options.Value.WorkerId
        ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
}
