using System.Text.Json;
using JobForge.Cli.Output;

namespace JobForge.Cli.Configuration;

/// <summary>
/// The profile file, <c>profiles.json</c> in the user's configuration directory: <c>$JOBFORGE_CONFIG_DIR</c> when set,
/// else <c>jobforge/</c> under the platform's application-data folder (<c>$XDG_CONFIG_HOME</c> or <c>~/.config</c> on
/// Linux and macOS, <c>%APPDATA%</c> on Windows). Written readable by the user only, since it holds API keys.
/// </summary>
internal sealed class ProfileStore(string directory)
{
    public const string DefaultName = "default";

    public string FilePath { get; } = Path.Combine(directory, "profiles.json");

    public static ProfileStore ForUser(Func<string, string?> environment)
    {
        var configured = environment("JOBFORGE_CONFIG_DIR");
        return new ProfileStore(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "jobforge")
            : configured);
    }

    public ProfileDocument Load()
    {
        if (!File.Exists(FilePath))
        {
            return new ProfileDocument();
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(FilePath), CliJsonContext.Default.ProfileDocument) ?? new ProfileDocument();
        }
        catch (JsonException e)
        {
            throw new CliConfigurationException($"The profile file '{FilePath}' is not valid JSON (line {e.LineNumber + 1}): fix or delete it.");
        }
    }

    public void Save(ProfileDocument document)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            JsonSerializer.Serialize(stream, document, CliJsonContext.Default.ProfileDocument);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }
}
