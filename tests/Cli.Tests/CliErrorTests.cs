namespace JobForge.Cli.Tests;

/// <summary>Calls the server refuses: the exit code for each class of error, the envelope's message, details and trace id.</summary>
[Collection(CliCollection.Name)]
public sealed class CliErrorTests(CliTestServer server)
{
    [Fact]
    public async Task WrongKey_ShowsTheEnvelopesMessageAndTraceId_AndNeverTheKey()
    {
        var calls = await Task.WhenAll(
            server.CliAsync("wrong-key-0123456789abcdef", "jobs", "list"),
            server.CliAsync("wrong-key-0123456789abcdef", "jobs", "list", "--json"));
        var (text, json) = (calls[0], calls[1]);

        Assert.True(text.ExitCode == 4, text.ToString());
        Assert.Contains("type: unauthorized (HTTP 401)", text.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"trace_id: \S+", text.Stderr);
        Assert.DoesNotContain("wrong-key-0123456789abcdef", text.Stderr + text.Stdout, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 4, json.ToString());
        var error = json.Error();
        Assert.Equal("unauthorized", error.GetProperty("type").GetString());
        Assert.Equal(401, error.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("trace_id").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.Contains(error.GetProperty("message").GetString()!, text.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingRun_ExitsWithTheNotFoundCode_AndTheTraceId()
    {
        var key = await server.KeyAsync(CliTestServer.NewTenant(), "jobs:read");

        var result = await server.CliAsync(key, "jobs", "get", "run_0123456789abcdef0123456789abcdef", "--json");

        Assert.True(result.ExitCode == 5, result.ToString());
        Assert.Equal("not_found", result.Error().GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(result.Error().GetProperty("trace_id").GetString()));
    }

    [Fact]
    public async Task InvalidRequest_ExitsWithTheRejectedCode_ListingEachProblemWithItsPath()
    {
        var tenant = CliTestServer.NewTenant();
        var key = await server.KeyAsync(tenant, "jobs:write");

        var result = await server.CliAsync(key, "jobs", "request", "Not A Key", "--tenant", tenant);

        Assert.True(result.ExitCode == 6, result.ToString());
        Assert.Contains("type: validation_failed (HTTP 400)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("- $.template_key", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("trace_id: ", result.Stderr, StringComparison.Ordinal);
    }
}
