using JobForge.Cli.Configuration;
using JobForge.Cli.Output;
using JobForge.Client;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands;

/// <summary>
/// The frame of every command that calls the API: resolve the connection, make the SDK client, run, and turn the
/// errors a command expects into a message and an exit code (<see cref="ErrorReporter"/>).
/// </summary>
internal abstract class ApiCommand<TSettings>(CliRuntime runtime) : AsyncCommand<TSettings>
    where TSettings : ApiSettings
{
    protected CliRuntime Runtime => runtime;

    protected CliConsole Console => runtime.Console;

    /// <summary>False for anonymous routes (health): a URL is enough.</summary>
    protected virtual bool RequiresApiKey => true;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Connection? connection = null;
        try
        {
            connection = runtime.Resolve(settings, RequiresApiKey);
            using var client = CliRuntime.CreateClient(connection);
            return await RunAsync(new ApiCall<TSettings>(client, connection, settings), cancellationToken);
        }
        catch (Exception e) when (ErrorReporter.IsExpected(e))
        {
            return runtime.Errors.Report(e, settings.Json, connection?.Url, cancellationToken);
        }
    }

    /// <summary>The command's work; returns the exit code.</summary>
    protected abstract Task<int> RunAsync(ApiCall<TSettings> call, CancellationToken cancellationToken);
}
