using System.Text.RegularExpressions;
using JobForge.TestKit.Configuration;

namespace JobForge.Infra.Tests;

/// <summary>
/// The deployment, the documentation and the local settings sample agree: every key the app reads is set by the
/// deployment or documented (and so optional, with its default), every app setting is documented, and the sample lists
/// the deployment's settings under the same names with placeholders only.
/// </summary>
public sealed partial class ConfigurationParityTests
{
    // Settings that only make sense in Azure (the managed identity, Service Bus, Azure Monitor): locally the sample
    // uses Azurite through AzureWebJobsStorage and publishes to a storage queue instead.
    private static readonly string[] AzureOnlyPrefixes =
    [
        "AzureWebJobsStorage__", "AZURE_CLIENT_ID", "APPLICATIONINSIGHTS_CONNECTION_STRING", "JobForge__Publishing__ServiceBus__",
    ];

    private static readonly IReadOnlyList<ConfigurationKey> Documented = DocumentedKeys.Read();

    public static TheoryData<string> ParameterFiles() => [.. InfraPaths.ParameterFiles()];

    [Fact]
    public void Documentation_ListsTheKeysThisTestReliesOn()
    {
        Assert.True(Documented.Count > 60, $"Only {Documented.Count} keys parsed from {string.Join(", ", DocumentedKeys.Documents)}.");
        Assert.Contains(Documented, key => key.ToString() == "JobForge:Steps:Http:MaxRedirects");
        Assert.Contains(Documented, key => key.ToString() == "JobForge:Modules:finops:BaseUrl");
        Assert.Contains(Documented, key => key.ToString() == "JobForge:Events:Encryption:Keys:*");
    }

    [Fact]
    public void EveryKeyTheAppReads_IsAnAppSettingOrDocumented()
    {
        var read = AppConfigurationKeys.Read("JobForge.Server");
        var settings = DeploymentSnapshot.Load("main.bicepparam").AppSettings().Values.SelectMany(site => site.Keys)
            .Select(ConfigurationKey.Parse).ToList();

        Assert.True(read.Count > 50, $"Only {read.Count} keys found by reflection: has the app's options layout changed?");
        var missing = read
            .Where(entry => !settings.Any(setting => setting.Covers(entry.Key)) && !Documented.Any(key => key.Covers(entry.Key)))
            .Select(entry => $"{entry.Key} ({entry.Source})")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0,
            "Read by the app but neither an app setting in infra/bicep nor documented in docs/configuration.md:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void EveryAppSetting_IsDocumented(string parameterFile)
    {
        var settings = DeploymentSnapshot.Load(parameterFile).AppSettings();

        var undocumented = settings.SelectMany(site => site.Value.Keys.Select(name => $"{site.Key}: {name}"))
            .Where(entry => !Documented.Any(key => key.Covers(ConfigurationKey.Parse(entry.Split(": ")[1]))))
            .ToList();

        Assert.True(undocumented.Count == 0, "App settings missing from docs/configuration.md:\n" + string.Join("\n", undocumented));
    }

    [Fact]
    public void LocalSettingsSample_KeepsTheFunctionsBasics()
    {
        var sample = LocalSettingsSample.Load();

        Assert.False(sample.IsEncrypted);
        Assert.Equal("dotnet-isolated", sample.Values["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("UseDevelopmentStorage=true", sample.Values["AzureWebJobsStorage"]);
    }

    [Fact]
    public void LocalSettingsSample_EveryKeyIsDocumented()
    {
        var undocumented = LocalSettingsSample.Load().Values.Keys
            .Where(name => !Documented.Any(key => key.Covers(ConfigurationKey.Parse(name))))
            .ToList();

        Assert.True(undocumented.Count == 0, "Keys in local.settings.sample.json missing from docs/configuration.md: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void LocalSettingsSample_ListsEveryAppSettingOfTheDeployment()
    {
        var sample = LocalSettingsSample.Load().Values.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = DeploymentSnapshot.All()
            .SelectMany(snapshot => snapshot.AppSettings().Values.SelectMany(site => site.Keys))
            .Distinct(StringComparer.Ordinal)
            .Where(name => !AzureOnlyPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .Where(name => !IsInstanceOfAPattern(name))
            .Where(name => !sample.Contains(name))
            .ToList();

        Assert.True(missing.Count == 0, "App settings of infra/bicep missing from local.settings.sample.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void LocalSettingsSample_HoldsNoSecret()
    {
        var secrets = LocalSettingsSample.Load().Values
            .Where(setting => SecretName().IsMatch(setting.Key) && setting.Value.Length > 0 && setting.Value != "UseDevelopmentStorage=true")
            .Select(setting => setting.Key)
            .ToList();

        Assert.True(secrets.Count == 0, "Secrets in local.settings.sample.json must be empty placeholders: " + string.Join(", ", secrets));
        Assert.All(LocalSettingsSample.Load().Values.Values, value =>
        {
            Assert.DoesNotContain("AccountKey=", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessKey=", value, StringComparison.OrdinalIgnoreCase);
        });
    }

    // Keys such as JobForge__Events__Encryption__Keys__k1 or …AllowedHosts__0: documented only as a pattern, their
    // names depend on the deployment's values, so the sample need not repeat them.
    private static bool IsInstanceOfAPattern(string name)
    {
        var key = ConfigurationKey.Parse(name);
        return Documented.Any(pattern => pattern.HasWildcard && pattern.Covers(key))
            && !Documented.Any(pattern => !pattern.HasWildcard && pattern.Covers(key));
    }

    [GeneratedRegex("(Secret|Password|Key$|Keys__|ConnectionString)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
