using JobForge.Cli.Configuration;

namespace JobForge.Cli.Commands.Profiles;

/// <summary><c>jobforge profile list</c>: every profile, without keys.</summary>
internal sealed class ProfileListCommand(CliRuntime runtime) : ProfileCommand<ProfileSettings>(runtime)
{
    protected override int Run(ProfileStore profiles, ProfileSettings settings)
    {
        Show(profiles, profiles.Load().Profiles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)), settings.Json);
        return ExitCodes.Success;
    }
}
