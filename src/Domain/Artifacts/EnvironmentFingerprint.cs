using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>Where a run executed (the manifest's <c>env_fingerprint</c>).</summary>
/// <param name="Os">The OS description.</param>
/// <param name="Architecture">The process architecture, e.g. <c>x64</c>.</param>
/// <param name="DotnetVersion">The .NET runtime version.</param>
/// <param name="HostKind">The host: <c>server</c> or <c>functions</c>.</param>
public sealed record EnvironmentFingerprint(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("architecture")] string Architecture,
    [property: JsonPropertyName("dotnet_version")] string DotnetVersion,
    [property: JsonPropertyName("host_kind")] string HostKind);
