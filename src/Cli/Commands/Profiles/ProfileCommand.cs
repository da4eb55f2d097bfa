using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Profiles;

/// <summary>The frame of the profile commands: they touch only the profile file; errors become messages and exit codes.</summary>
internal abstract class ProfileCommand<TSettings>(CliRuntime runtime) : Command<TSettings>
    where TSettings : ProfileSettings
{
    protected CliRuntime Runtime => runtime;

    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            return Run(runtime.Profiles, settings);
        }
        catch (Exception e) when (ErrorReporter.IsExpected(e) || e is UnauthorizedAccessException)
        {
            return runtime.Errors.Report(e is UnauthorizedAccessException ? new CliConfigurationException(e.Message) : e, settings.Json, null, cancellationToken);
        }
    }

    protected abstract int Run(ProfileStore profiles, TSettings settings);

    /// <summary>Prints profiles without their keys: a table, or JSON.</summary>
    protected void Show(ProfileStore profiles, IEnumerable<(string Name, Profile Profile)> entries, bool json)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var views = entries.Select(e => new ProfileView(e.Name, e.Profile.Url, e.Profile.Tenant, !string.IsNullOrEmpty(e.Profile.ApiKey), profiles.FilePath)).ToList();
        if (json)
        {
            runtime.Console.WriteJson(views, CliJsonContext.Default.ListProfileView);
            return;
        }

        var table = Rendering.CliTable.Create("Profile", "URL", "Tenant", "API key");
        foreach (var view in views)
        {
            Rendering.CliTable.Row(table, view.Name, view.Url, view.Tenant, view.ApiKeySet ? "set (hidden)" : "not set");
        }

        runtime.Console.Out.Write(table);
        Spectre.Console.AnsiConsoleExtensions.WriteLine(runtime.Console.Out, "File: " + profiles.FilePath);
    }
}
