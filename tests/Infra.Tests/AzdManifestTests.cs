namespace JobForge.Infra.Tests;

/// <summary>azure.yaml lets <c>azd up</c> provision infra/bicep and deploy the Functions app it tags.</summary>
public sealed class AzdManifestTests
{
    [Fact]
    public void AzureYaml_ProvisionsInfraBicep_AndDeploysTheFunctionsService()
    {
        var manifest = File.ReadAllText(Path.Combine(InfraPaths.Root, "azure.yaml"));

        Assert.Contains("provider: bicep", manifest, StringComparison.Ordinal);
        Assert.Contains("path: infra/bicep", manifest, StringComparison.Ordinal);
        Assert.Contains("module: main", manifest, StringComparison.Ordinal);
        Assert.Contains("  functions:\n", manifest, StringComparison.Ordinal);
        Assert.Contains("host: function", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionApp_CarriesTheAzdServiceTag_OfTheManifest()
    {
        var snapshot = DeploymentSnapshot.Load("main.bicepparam");

        var app = Assert.Single(snapshot.OfType("Microsoft.Web/sites"));

        Assert.Equal("functions", app.GetProperty("tags").GetProperty("azd-service-name").GetString());
        Assert.Equal("functionapp,linux", app.GetProperty("kind").GetString());
        var config = DeploymentSnapshot.Properties(app).GetProperty("functionAppConfig");
        Assert.Equal("dotnet-isolated", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.Equal("10.0", config.GetProperty("runtime").GetProperty("version").GetString());
        Assert.Equal("UserAssignedIdentity", config.GetProperty("deployment").GetProperty("storage").GetProperty("authentication").GetProperty("type").GetString());
    }

    [Fact]
    public void Server_RunsAtLeastTwoInstances_AsTheSameIdentity()
    {
        var snapshot = DeploymentSnapshot.Load("server-and-functions.bicepparam");

        var plan = Assert.Single(snapshot.OfType("Microsoft.Web/serverfarms"), farm => DeploymentSnapshot.Name(farm).Contains("server", StringComparison.Ordinal));
        var sites = snapshot.OfType("Microsoft.Web/sites").ToList();
        var settings = snapshot.AppSettings();

        Assert.True(plan.GetProperty("sku").GetProperty("capacity").GetInt32() >= 2);
        Assert.Equal(2, sites.Count);
        Assert.Single(sites.Select(site => site.GetProperty("identity").GetProperty("userAssignedIdentities").EnumerateObject().Single().Name).Distinct());
        Assert.Equal(2, settings.Count);
        Assert.Equal(settings.Values.First().OrderBy(pair => pair.Key, StringComparer.Ordinal), settings.Values.Last().OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }
}
