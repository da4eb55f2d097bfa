using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Client;

namespace JobForge.Cli;

/// <summary>What every command is given: the console, the environment, the profile file, and how to make a client.</summary>
internal sealed class CliRuntime(CliConsole console, Func<string, string?> environment, TextReader stdin, bool stdinIsRedirected)
{
    /// <summary>The placeholder sent as the key to anonymous routes (<c>/api/health</c>) when none is configured; not a secret.</summary>
    public const string AnonymousKey = "anonymous";

    public CliConsole Console { get; } = console;

    public ErrorReporter Errors { get; } = new(console);

    public ProfileStore Profiles { get; } = ProfileStore.ForUser(environment);

    public TextReader Stdin { get; } = stdin;

    public bool StdinIsRedirected { get; } = stdinIsRedirected;

    public static CliRuntime ForProcess() =>
        new(CliConsole.ForProcess(), System.Environment.GetEnvironmentVariable, System.Console.In, System.Console.IsInputRedirected);

    /// <summary>An environment variable (the process's, or the test's stand-in).</summary>
    public string? Environment(string name) => environment(name) is { Length: > 0 } value ? value : null;

    public Connection Resolve(ApiSettings settings, bool requireApiKey) =>
        new ConnectionResolver(environment, Profiles).Resolve(settings, requireApiKey);

    /// <summary>A client for <paramref name="connection"/> through the SDK (its retry handler: 429/503 honour Retry-After).</summary>
    public static JobForgeClient CreateClient(Connection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return JobForgeClient.Create(new JobForgeClientOptions
        {
            BaseAddress = connection.Url,
            ApiKey = connection.ApiKey ?? AnonymousKey,
        });
    }
}
