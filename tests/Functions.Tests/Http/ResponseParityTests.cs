using System.Text.Json;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// The same requests to the server on Kestrel and to the Functions app's functions, each host with its own tables on
/// the same Azurite, give the same status, the same body shape (property paths and kinds; ids and timestamps ignored),
/// the same error type and the same security headers.
/// </summary>
public sealed class ResponseParityTests
{
    private static readonly string[] SecurityHeaders = ["x-content-type-options", "x-frame-options", "content-security-policy", "cache-control", "www-authenticate"];

    [Fact]
    public async Task RepresentativeRequests_OnBothHosts_AnswerTheSame()
    {
        await using var server = await ServerApiHost.StartAsync(await ParitySettings.CreateAsync());
        await using var functions = FunctionsApiHost.Build(await ParitySettings.CreateAsync());

        var onServer = await ParityScenario.RunAsync(server);
        var onFunctions = await ParityScenario.RunAsync(functions);

        Assert.Equal(onServer.Select(step => step.Step), onFunctions.Select(step => step.Step));
        var differences = onServer.Zip(onFunctions).SelectMany(pair => Differences(pair.First.Step, pair.First.Response, pair.Second.Response)).ToList();
        Assert.True(differences.Count == 0, "Server and Functions differ:\n" + string.Join("\n", differences));
        // The scenario really covered what it claims (so the comparison cannot pass on two identical failures).
        var statuses = onServer.ToDictionary(step => step.Step, step => step.Response.Status);
        Assert.Equal(202, statuses["ingest"]);
        Assert.Equal(200, statuses["duplicate ingest"]);
        Assert.Equal(202, statuses["job request"]);
        Assert.Equal(200, statuses["dry run"]);
        Assert.Equal(400, statuses["validation error"]);
        Assert.Equal(401, statuses["401 without a key"]);
        Assert.Equal(403, statuses["403 without the scope"]);
        Assert.Equal(404, statuses["404 unknown run"]);
        Assert.Equal(200, statuses["openapi document"]);
    }

    private static IEnumerable<string> Differences(string step, ApiResponse server, ApiResponse functions)
    {
        if (server.Status != functions.Status)
        {
            yield return $"{step}: status {server.Status} vs {functions.Status} ({functions.Body})";
            yield break;
        }

        if (ErrorType(server) != ErrorType(functions))
        {
            yield return $"{step}: error type {ErrorType(server)} vs {ErrorType(functions)}";
        }

        var serverShape = JsonShape.Of(server.Body);
        var functionsShape = JsonShape.Of(functions.Body);
        foreach (var line in serverShape.Except(functionsShape))
        {
            yield return $"{step}: only the server has {line}";
        }

        foreach (var line in functionsShape.Except(serverShape))
        {
            yield return $"{step}: only Functions has {line}";
        }

        foreach (var header in SecurityHeaders.Where(header => server.Header(header) != functions.Header(header)))
        {
            yield return $"{step}: header {header} '{server.Header(header)}' vs '{functions.Header(header)}'";
        }

        if (MediaType(server) != MediaType(functions))
        {
            yield return $"{step}: content type '{server.Header("content-type")}' vs '{functions.Header("content-type")}'";
        }
    }

    private static string? MediaType(ApiResponse response) => response.Header("content-type")?.Split(';')[0].Trim();

    private static string? ErrorType(ApiResponse response)
    {
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                   && error.TryGetProperty("type", out var type)
                ? type.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
