using YamlDotNet.Core;

namespace JobForge.Application.Contracts;

/// <summary>A contract rule the YAML breaks (alias, tag, depth, duplicate key); caught inside <see cref="YamlContractReader"/>.</summary>
internal sealed class ContractYamlException(string message, Mark? at) : Exception(message)
{
    /// <summary>Where in the YAML, when known.</summary>
    public Mark? At { get; } = at;
}
