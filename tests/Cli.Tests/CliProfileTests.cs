namespace JobForge.Cli.Tests;

/// <summary>Profiles: set from standard input, the key never printed, used when nothing else is set, and beaten by the environment.</summary>
[Collection(CliCollection.Name)]
public sealed class CliProfileTests(CliTestServer server)
{
    [Fact]
    public async Task Profile_SetWithTheKeyOnStandardInput_IsUsed_NeverPrintsTheKey_AndTheEnvironmentWins()
    {
        var tenant = CliTestServer.NewTenant();
        var key = await server.KeyAsync(tenant, "jobs:read");
        var configDir = Path.Combine(server.ConfigDirectory, "profile-" + Guid.NewGuid().ToString("N"));
        var onlyProfile = new Dictionary<string, string?> { ["JOBFORGE_CONFIG_DIR"] = configDir, ["JOBFORGE_URL"] = null };

        var set = await server.CliWithAsync(null, key, onlyProfile, "profile", "set", "staging", "--url", server.Address.ToString(), "--api-key-stdin", "--tenant", tenant);
        var calls = await Task.WhenAll(
            server.CliWithAsync(null, null, onlyProfile, "profile", "show", "staging", "--json"),
            server.CliWithAsync(null, null, onlyProfile, "jobs", "list", "--profile", "staging", "--json"),
            server.CliWithAsync(null, null, new Dictionary<string, string?> { ["JOBFORGE_CONFIG_DIR"] = configDir, ["JOBFORGE_URL"] = "http://127.0.0.1:9/", ["JOBFORGE_PROFILE"] = "staging" },
                "jobs", "list"),
            server.CliWithAsync(null, null, onlyProfile, "jobs", "list", "--profile", "nope"));
        var (show, viaProfile, envWins, unknown) = (calls[0], calls[1], calls[2], calls[3]);

        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.DoesNotContain(key, set.Stdout + set.Stderr, StringComparison.Ordinal);
        Assert.True(show.Json()[0].GetProperty("api_key_set").GetBoolean(), show.ToString());
        Assert.DoesNotContain(key, show.Stdout, StringComparison.Ordinal);
        Assert.True(viaProfile.ExitCode == 0, viaProfile.ToString());
        Assert.Empty(viaProfile.Json().GetProperty("runs").EnumerateArray());
        Assert.True(envWins.ExitCode == 9, envWins.ToString());
        Assert.True(unknown.ExitCode == 3, unknown.ToString());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(configDir, "profiles.json")));
        }
    }
}
