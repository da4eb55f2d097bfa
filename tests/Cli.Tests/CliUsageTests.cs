namespace JobForge.Cli.Tests;

/// <summary>
/// Bad command lines and configuration, without a server (so this class runs beside the server collection): the usage,
/// configuration and unreachable exit codes, a message saying what to fix, never a stack trace.
/// </summary>
public sealed class CliUsageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("jobforge-cli-usage-").FullName;

    private Task<CliResult> CliAsync(string? apiKey, params string[] args) => CliProcess.RunAsync(
        new Dictionary<string, string?> { ["JOBFORGE_CONFIG_DIR"] = _directory, ["JOBFORGE_URL"] = "http://127.0.0.1:9/", ["JOBFORGE_API_KEY"] = apiKey }, null, args);

    [Fact]
    public async Task UnknownCommand_ExitsWithTheUsageCode()
    {
        var result = await CliAsync(null, "frobnicate");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Unknown command 'frobnicate'", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task MissingArgument_ExitsWithTheUsageCode_NamingTheArgument()
    {
        var result = await CliAsync("any-key", "jobs", "get");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("RUN_ID", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedUrl_ExitsWithTheConfigurationCode_NamingWhereItCameFrom()
    {
        var result = await CliAsync("any-key", "health", "--url", "not a url");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("--url", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoApiKey_ExitsWithTheConfigurationCode_SayingWhatToSet()
    {
        var result = await CliAsync(null, "jobs", "list");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("JOBFORGE_API_KEY", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreachableServer_ExitsWithTheUnreachableCode()
    {
        var result = await CliAsync("any-key", "jobs", "list", "--url", "http://127.0.0.1:9/");

        Assert.True(result.ExitCode == 9, result.ToString());
        Assert.Contains("Cannot reach the server at http://127.0.0.1:9/", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedInputFile_ExitsWithTheUsageCode_BeforeAnyCall()
    {
        var file = Path.Combine(_directory, "bad-event.json");
        await File.WriteAllTextAsync(file, "{\"tenant_id\": ");

        var result = await CliAsync("any-key", "events", "send", "--file", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("malformed", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
