using System.Text.Json.Serialization;

namespace JobForge.Domain.Artifacts;

/// <summary>What built and ran a run: the build's commit, the runtime, and allow-listed settings.</summary>
/// <param name="Commit">The source commit of the build (<c>unknown</c> when not stamped).</param>
/// <param name="DotnetRuntime">The .NET runtime version.</param>
/// <param name="Os">The OS description.</param>
/// <param name="Architecture">The process architecture.</param>
/// <param name="PackagesSha256">A SHA-256 over the loaded package assembly versions (see docs/artifacts.md).</param>
/// <param name="Settings">Allow-listed settings; nothing secret-looking.</param>
public sealed record ReplayProvenance(
    [property: JsonPropertyName("commit")] string Commit,
    [property: JsonPropertyName("dotnet_runtime")] string DotnetRuntime,
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("architecture")] string Architecture,
    [property: JsonPropertyName("packages_sha256")] string PackagesSha256,
    [property: JsonPropertyName("settings")] IReadOnlyDictionary<string, string> Settings);
