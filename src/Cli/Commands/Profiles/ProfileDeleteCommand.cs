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
        if (settings.Json)
        {
            Runtime.Console.WriteJson(new ProfileView(settings.Name, null, null, false, profiles.FilePath), Output.CliJsonContext.Default.ProfileView);
        }
        else
        {
            Runtime.Console.Out.WriteLine($"Deleted profile {settings.Name}.");
        }
        return ExitCodes.Success;
    }
}
