using JobForge.Cli.Configuration;

namespace JobForge.Cli.Commands.Profiles;

/// <summary><c>jobforge profile show [NAME]</c>: a profile's URL and tenant, and whether a key is set (never the key).</summary>
internal sealed class ProfileShowCommand(CliRuntime runtime) : ProfileCommand<ProfileSettings>(runtime)
{
    protected override int Run(ProfileStore profiles, ProfileSettings settings)
    {
        if (!profiles.Load().Profiles.TryGetValue(settings.Name, out var profile))
        {
            throw new CliConfigurationException($"There is no profile '{settings.Name}' in '{profiles.FilePath}'.");
        }

        Show(profiles, [(settings.Name, profile)], settings.Json);
        return ExitCodes.Success;
    }
}
