using JobForge.Cli.Configuration;

using Spectre.Console;

namespace JobForge.Cli.Commands.Profiles;

/// <summary><c>jobforge profile delete NAME</c>.</summary>
internal sealed class ProfileDeleteCommand(CliRuntime runtime) : ProfileCommand<ProfileSettings>(runtime)
{
    protected override int Run(ProfileStore profiles, ProfileSettings settings)
    {
        var document = profiles.Load();
        if (!document.Profiles.Remove(settings.Name))
        {
            throw new CliConfigurationException($"There is no profile '{settings.Name}' in '{profiles.FilePath}'.");
        }

        profiles.Save(document);
        Runtime.Console.Out.WriteLine($"Deleted profile {settings.Name}.");
        return ExitCodes.Success;
    }
}
