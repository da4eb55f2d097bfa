using JobForge.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli;

/// <summary>
/// The <c>jobforge</c> command-line application: the command tree (<see cref="CliCommandTree"/>), Ctrl+C as cancellation,
/// and the last line of error handling (parse errors are usage errors; anything unexpected is reported without a stack
/// trace unless <c>JOBFORGE_DEBUG=1</c>).
/// </summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, CliRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        using var interrupt = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var app = new CommandApp();
            app.Configure(config =>
            {
                config.SetApplicationName("jobforge");
                config.SetApplicationVersion(typeof(CliApplication).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                config.ConfigureConsole(runtime.Console.Out);
                config.CancellationExitCode(ExitCodes.Interrupted);
                config.Settings.Registrar.RegisterInstance(runtime);
                config.SetExceptionHandler((error, _) => HandleUnexpected(error, runtime));
                CliCommandTree.Add(config);
            });
            return await app.RunAsync(StandardInputArguments.Join(args), interrupt.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int HandleUnexpected(Exception error, CliRuntime runtime)
    {
        if (error is CommandAppException usage)
        {
            if (usage.Pretty is { } pretty)
            {
                runtime.Console.Error.Write(pretty);
            }
            else
            {
                runtime.Console.Error.WriteLine("error: " + usage.Message);
            }

            runtime.Console.Error.WriteLine("Run 'jobforge --help' (or 'jobforge <command> --help') for usage.");
            return ExitCodes.Usage;
        }

        if (ErrorReporter.IsExpected(error))
        {
            return runtime.Errors.Report(error, json: false, server: null, CancellationToken.None);
        }

        runtime.Console.Error.WriteLine($"error: the CLI failed unexpectedly ({error.GetType().Name}: {error.Message}).");
        if (Environment.GetEnvironmentVariable("JOBFORGE_DEBUG") == "1")
        {
            runtime.Console.ErrorWriter.WriteLine(error.ToString());
        }

        return ExitCodes.ServerError;
    }
}
