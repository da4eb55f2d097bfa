using JobForge.Server.Tests.Events;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using JobForge.TestKit.Hosting;

namespace JobForge.Server.Tests.Triggers;

/// <summary>Stopping the server is clean whatever storage does: with the storage emulator gone first, it still exits 0.</summary>
public sealed class SchedulerShutdownTests
{
    [Fact]
    public async Task Stop_AfterStorageWentAway_ExitsZeroWithinBounds_AndLogsTheUnreleasedLease()
    {
        var azurite = await AzuriteInstance.StartAsync();
        ServerProcess? server = null;
        try
        {
            var settings = await EventsTestServer.SettingsAsync(new Dictionary<string, string?>
            {
                ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
                ["JobForge:Storage:MaxRetries"] = "3",
                ["JobForge:Triggers:Scheduler:LeaseContainer"] = UniqueNames.Next("leases"),
            });
            var environment = settings.Where(pair => pair.Value is not null)
                .ToDictionary(pair => pair.Key.Replace(":", "__", StringComparison.Ordinal), pair => pair.Value!);
            environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            environment["Logging__LogLevel__Default"] = "Warning";
            environment["Logging__LogLevel__JobForge"] = "Information";
            environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
            server = await ServerProcess.StartAsync(environment);
            await Eventually.TrueAsync(() => Task.FromResult(server.Output.Any(line => line.Contains("elected leader", StringComparison.Ordinal))),
                TimeSpan.FromSeconds(60), "the scheduler to lead");

            await azurite.DisposeAsync(); // storage goes first, as when Ctrl+C reaches both
            var exitCode = await server.StopAsync(TimeSpan.FromSeconds(60));

            var output = string.Join('\n', server.Output);
            Assert.True(exitCode == 0, $"exit code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none (hung)"}:\n{output}");
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
            Assert.Contains("could not release its lease", output, StringComparison.Ordinal);
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            await azurite.DisposeAsync();
        }
    }
}
