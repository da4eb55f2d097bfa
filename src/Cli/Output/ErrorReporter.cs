using System.Net.Http;
using System.Text.Json;
using JobForge.Cli.Configuration;
using JobForge.Client;
using Spectre.Console;

namespace JobForge.Cli.Output;

/// <summary>
/// Turns the errors a command expects into a message on standard error and an exit code (<see cref="ExitCodes"/>):
/// the server's envelope message, type, details and trace id; never a stack trace. With <c>--json</c> the same as
/// <see cref="CliError"/> JSON.
/// </summary>
internal sealed class ErrorReporter(CliConsole console)
{
    /// <summary>Whether <paramref name="error"/> is one this reporter explains (anything else is a bug in the CLI).</summary>
    public static bool IsExpected(Exception error) => error is JobForgeException or CliConfigurationException or CliUsageException
        or HttpRequestException or TimeoutException or OperationCanceledException or JsonException or IOException;

    public int Report(Exception error, bool json, Uri? server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var body = Describe(error, server, cancellationToken);
        if (json)
        {
            console.ErrorWriter.WriteLine(JsonSerializer.Serialize(new CliError(body), CliJsonContext.Default.CliError));
            return body.ExitCode;
        }

        console.Error.Write(new Text("error: ", new Style(Color.Red)));
        console.Error.WriteLine(body.Message);
        if (body.Status is { } status)
        {
            console.Error.WriteLine($"  type: {body.Type} (HTTP {status})");
        }

        if (body.Details is { } details)
        {
            foreach (var line in DetailLines(details))
            {
                console.Error.WriteLine("  " + line);
            }
        }

        if (body.TraceId is not null)
        {
            console.Error.WriteLine("  trace_id: " + body.TraceId);
        }

        return body.ExitCode;
    }

    private static CliErrorBody Describe(Exception error, Uri? server, CancellationToken cancellationToken) => error switch
    {
        JobForgeException e => new CliErrorBody(e.Type, e.Message, e.Details, e.TraceId, (int)e.StatusCode,
            e.Type == "invalid_response" ? ExitCodes.ServerError : ExitCodes.ForStatus(e.StatusCode)),
        CliConfigurationException e => new CliErrorBody("configuration", e.Message, null, null, null, ExitCodes.Configuration),
        CliUsageException e => new CliErrorBody("usage", e.Message, null, null, null, ExitCodes.Usage),
        OperationCanceledException when cancellationToken.IsCancellationRequested =>
            new CliErrorBody("interrupted", "Interrupted.", null, null, null, ExitCodes.Interrupted),
        HttpRequestException or TimeoutException or OperationCanceledException or IOException =>
            new CliErrorBody("unreachable", $"Cannot reach the server at {server?.ToString() ?? "(unknown)"}: {Innermost(error).Message}", null, null, null, ExitCodes.Unreachable),
        JsonException e => new CliErrorBody("invalid_response", "The server's answer is not the JSON the client expects: " + e.Message, null, null, null, ExitCodes.ServerError),
        _ => new CliErrorBody("internal", error.Message, null, null, null, ExitCodes.ServerError),
    };

    private static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }

    /// <summary>validation_failed's <c>[{path, code, message}]</c> as one line each; other details as compact JSON.</summary>
    private static IEnumerable<string> DetailLines(JsonElement details)
    {
        if (details.ValueKind == JsonValueKind.Array && details.EnumerateArray().All(d => d.ValueKind == JsonValueKind.Object && d.TryGetProperty("message", out _)))
        {
            foreach (var item in details.EnumerateArray())
            {
                var path = item.TryGetProperty("path", out var p) ? p.ToString() : "$";
                var code = item.TryGetProperty("code", out var c) ? $" [{c}]" : string.Empty;
                yield return $"- {path}{code}: {item.GetProperty("message")}";
            }

            yield break;
        }

        if (details.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
        {
            yield return "details: " + details.GetRawText();
        }
    }
}
