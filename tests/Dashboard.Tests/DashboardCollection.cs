namespace JobForge.Dashboard.Tests;

/// <summary>Every dashboard test class shares one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "Dashboard";
}
