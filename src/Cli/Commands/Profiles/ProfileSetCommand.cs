using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Profiles;

/// <summary>
/// <c>jobforge profile set [NAME] --url URL --api-key-stdin --tenant T</c>: create or change a profile; fields not given
/// keep their value. The key is read from standard input (<c>--api-key-stdin</c>) so it stays out of shell history.
/// </summary>
internal sealed class ProfileSetCommand(CliRuntime runtime) : ProfileCommand<ProfileSetCommand.Settings>(runtime)
{
    internal sealed class Settings : ProfileSettings
    {
        [CommandOption("--url <URL>")]
        [Description("The server's base URL.")]
        public string? Url { get; init; }

        [CommandOption("--api-key <KEY>")]
        [Description("The API key (visible in process lists: prefer --api-key-stdin).")]
        public string? ApiKey { get; init; }

        [CommandOption("--api-key-stdin")]
        [Description("Read the API key from standard input.")]
        public bool ApiKeyStdin { get; init; }

        [CommandOption("--tenant <TENANT>")]
        [Description("The default tenant ('' clears it).")]
        public string? Tenant { get; init; }

        public override ValidationResult Validate()
        {
            if (ApiKey is not null && ApiKeyStdin)
            {
                return ValidationResult.Error("Give --api-key or --api-key-stdin, not both.");
            }

            return Url is not null && (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                ? ValidationResult.Error($"--url must be an absolute http(s) URL, not '{Url}'.")
                : ValidationResult.Success();
        }
    }

    protected override int Run(ProfileStore profiles, Settings settings)
    {
        var key = settings.ApiKeyStdin ? Runtime.Stdin.ReadToEnd().Trim() : settings.ApiKey;
        if (settings.ApiKeyStdin && string.IsNullOrEmpty(key))
        {
            throw new CliUsageException("--api-key-stdin read no key from standard input.");
        }

        var document = profiles.Load();
        var profile = document.Profiles.GetValueOrDefault(settings.Name) ?? new Configuration.Profile();
        profile = profile with
        {
            Url = settings.Url ?? profile.Url,
            ApiKey = key ?? profile.ApiKey,
            Tenant = settings.Tenant is null ? profile.Tenant : settings.Tenant.Length == 0 ? null : settings.Tenant,
        };
        document.Profiles[settings.Name] = profile;
        profiles.Save(document);
        Show(profiles, [(settings.Name, profile)], settings.Json);
        return ExitCodes.Success;
    }
}
