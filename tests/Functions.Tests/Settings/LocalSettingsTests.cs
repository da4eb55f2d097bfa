using System.Text.Json;
using System.Text.RegularExpressions;
using JobForge.Functions.Hosting;
using JobForge.TestKit.Configuration;
using JobForge.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobForge.Functions.Tests.Settings;

/// <summary>
/// local.settings.sample.json (repository root) is what a developer copies to src/Functions/local.settings.json: it
/// lists every setting the Functions app reads, under its environment name (<c>__</c> for <c>:</c>), with placeholders
/// or safe local defaults only.
/// </summary>
public sealed partial class LocalSettingsTests
{
    private static readonly JsonElement Sample = Load();

    // Per-instance identities: unset, each process makes its own; one value in a shared settings file would make every
    // instance the same worker (run leases) or the same rate-limit member. An empty placeholder is rejected at start-up.
    private static readonly string[] PerInstanceKeys = ["JobForge:Engine:WorkerId", "JobForge:RateLimits:InstanceId"];

    private static IReadOnlyDictionary<string, string> Values =>
        Sample.GetProperty("Values").EnumerateObject().ToDictionary(value => value.Name, value => value.Value.GetString() ?? string.Empty);

    [Fact]
    public void EveryKeyTheFunctionsAppReads_IsInTheSample()
    {
        var read = AppConfigurationKeys.Read("JobForge.Functions");
        var listed = Values.Keys.Select(ConfigurationKey.Parse).ToList();

        Assert.True(read.Count > 50, $"Only {read.Count} keys found by reflection: has the options layout changed?");
        // A list or map (AllowedHosts:*, Encryption:Keys:*) has entries named by the deployment; an empty placeholder
        // entry would bind as a real (empty) host, key or stage, so the sample leaves them out and the docs carry them.
        var missing = read.Where(entry => !entry.Key.HasWildcard && !PerInstanceKeys.Contains(entry.Key.ToString()))
            .Where(entry => !listed.Any(key => key.Covers(entry.Key)))
            .Select(entry => $"{string.Join("__", entry.Key.Segments)} ({entry.Source})")
            .Distinct()
            .Order()
            .ToList();
        Assert.True(missing.Count == 0, "Read by the Functions app but missing from local.settings.sample.json:\n" + string.Join("\n", missing));
        Assert.All(PerInstanceKeys, key => Assert.DoesNotContain(key.Replace(":", "__", StringComparison.Ordinal), Values.Keys));
    }

    [Fact]
    public void EveryListOrMapTheFunctionsAppReads_IsDocumented()
    {
        var documentation = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "configuration.md"))
            + File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "triggers.md"));

        var undocumented = AppConfigurationKeys.Read("JobForge.Functions").Where(entry => entry.Key.HasWildcard)
            .Select(entry => entry.Key.Segments.TakeWhile(segment => segment != "*").ToList())
            .Where(family => !documentation.Contains(string.Join(':', family), StringComparison.OrdinalIgnoreCase)
                             && !documentation.Contains("…:" + family[^1], StringComparison.Ordinal))
            .Select(family => string.Join(':', family))
            .Distinct()
            .ToList();

        Assert.True(undocumented.Count == 0, "Lists and maps missing from docs/configuration.md: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void Sample_AsTheAppsSettings_PassesEveryStartupValidation()
    {
        var settings = Values.ToDictionary(setting => setting.Key.Replace("__", ":", StringComparison.Ordinal), setting => (string?)setting.Value);

        using var worker = JobForgeFunctions.Build(["--environment", "Development"], builder => builder.Configuration.AddInMemoryCollection(settings));

        worker.Services.GetRequiredService<IStartupValidator>().Validate(); // throws OptionsValidationException naming the key
    }

    [Fact]
    public void Sample_UsesEnvironmentNames_TheIsolatedWorker_AndAzurite()
    {
        Assert.Equal(JsonValueKind.False, Sample.GetProperty("IsEncrypted").ValueKind);
        Assert.Equal("dotnet-isolated", Values["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("UseDevelopmentStorage=true", Values["AzureWebJobsStorage"]);
        Assert.All(Values.Keys, name => Assert.DoesNotContain(':', name));
    }

    [Fact]
    public void Sample_HoldsNoSecret_OnlyEmptyPlaceholders()
    {
        var secrets = Values.Where(setting => SecretName().IsMatch(setting.Key) && setting.Value.Length > 0
                                              && setting.Value != "UseDevelopmentStorage=true")
            .Select(setting => setting.Key)
            .ToList();

        Assert.True(secrets.Count == 0, "Secret settings must be empty placeholders in the sample: " + string.Join(", ", secrets));
        Assert.All(Values.Values, value =>
        {
            Assert.DoesNotContain("AccountKey=", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessKey=", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("InstrumentationKey=", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(LongRandomToken(), value);
        });
    }

    [Fact]
    public void HostJson_SetsTheRoutePrefixTheFunctionsRoutesAssume_AndTheTaskHubFromASetting()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Functions", "host.json")));
        var extensions = host.RootElement.GetProperty("extensions");

        Assert.Equal("api", extensions.GetProperty("http").GetProperty("routePrefix").GetString());
        var hub = extensions.GetProperty("durableTask").GetProperty("hubName").GetString()!;
        Assert.Matches("^%[A-Za-z_]+%$", hub);
        Assert.Contains(hub.Trim('%'), Values.Keys);
    }

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "local.settings.sample.json")));
        return document.RootElement.Clone();
    }

    [GeneratedRegex("(Secret|Password|Key$|Keys__|ConnectionString|BootstrapKey)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    // A real key or token is a long run of base64 or hex; placeholders and local defaults are short or have spaces.
    [GeneratedRegex("[A-Za-z0-9+/=_-]{40,}")]
    private static partial Regex LongRandomToken();
}
