using Microsoft.Extensions.Options;

namespace JobForge.Storage.Artifacts;

/// <summary>Fails start-up when <c>JobForge:Artifacts:ContainerName</c> is not a valid container name.</summary>
public sealed class ArtifactStoreOptionsValidator : IValidateOptions<ArtifactStoreOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ArtifactStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var container = options.ContainerName;
        var valid = container is { Length: >= 3 and <= 63 }
            && (char.IsAsciiLetterLower(container[0]) || char.IsAsciiDigit(container[0]))
            && container[^1] != '-'
            && !container.Contains("--", StringComparison.Ordinal)
            && container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        return valid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Set 'JobForge:Artifacts:ContainerName' to 3-63 lowercase letters, digits and single hyphens.");
    }
}
