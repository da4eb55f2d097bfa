namespace JobForge.Infra.Tests;

/// <summary>Telemetry goes to Application Insights, and the five alert rules watch it.</summary>
public sealed class MonitoringTests
{
    private static readonly string[] AlertSuffixes =
        ["failed-runs", "rollback-failures", "outbox-lag", "trigger-fire-failures", "server-errors"];

    [Fact]
    public void AlertRules_CoverRunsRollbacksOutboxTriggersAndServerErrors_OnApplicationInsights()
    {
        var snapshot = DeploymentSnapshot.Load("main.bicepparam");
        var component = Assert.Single(snapshot.OfType("Microsoft.Insights/components")).GetProperty("id").GetString();

        var rules = snapshot.OfType("Microsoft.Insights/scheduledQueryRules").ToList();

        Assert.Equal(AlertSuffixes.Order(StringComparer.Ordinal), rules.Select(rule => DeploymentSnapshot.Name(rule).Split('-', 3)[2]).Order(StringComparer.Ordinal));
        Assert.All(rules, rule =>
        {
            var properties = DeploymentSnapshot.Properties(rule);
            Assert.Equal(component, Assert.Single(properties.GetProperty("scopes").EnumerateArray()).GetString());
            Assert.True(properties.GetProperty("enabled").GetBoolean());
            Assert.Contains("Value", Assert.Single(properties.GetProperty("criteria").GetProperty("allOf").EnumerateArray()).GetProperty("query").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Apps_ExportTelemetryToTheDeployedApplicationInsights()
    {
        var snapshot = DeploymentSnapshot.Load("server-and-functions.bicepparam");
        var component = DeploymentSnapshot.Name(Assert.Single(snapshot.OfType("Microsoft.Insights/components")));

        Assert.All(snapshot.AppSettings().Values, settings =>
            Assert.Contains($"/providers/Microsoft.Insights/components/{component}'", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal));
    }
}
