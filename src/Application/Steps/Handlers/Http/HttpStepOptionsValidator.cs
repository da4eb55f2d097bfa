using Microsoft.Extensions.Options;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>Checks <see cref="HttpStepOptions"/> at start-up, naming the key to fix.</summary>
internal sealed class HttpStepOptionsValidator : IValidateOptions<HttpStepOptions>
{
    /// <summary>The shortest signing secret accepted.</summary>
    public const int MinSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, HttpStepOptions options)
    {
        var failures = new List<string>();
        if (options.MaxResponseBytes is < 1 or > 64 * 1024 * 1024)
        {
            failures.Add($"Set '{HttpStepOptions.SectionName}:MaxResponseBytes' between 1 and 67108864.");
        }

        if (options.MaxRedirects is < 0 or > 10)
        {
            failures.Add($"Set '{HttpStepOptions.SectionName}:MaxRedirects' between 0 and 10.");
        }

        // Empty is unset (a blank app setting, the local.settings.json placeholder), as HttpStepHandler treats it.
        if (options.SigningSecret is { Length: > 0 } secret && secret.Trim().Length < MinSecretLength)
        {
            failures.Add($"Set '{HttpStepOptions.SectionName}:SigningSecret' to at least {MinSecretLength} characters, or remove it.");
        }

        for (var i = 0; i < options.AllowedHosts.Count; i++)
        {
            if (!EgressRules.IsValidHostPattern(options.AllowedHosts[i]))
            {
                failures.Add($"'{HttpStepOptions.SectionName}:AllowedHosts:{i}' must be a host name, an IP address or '*.' followed by a domain.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
