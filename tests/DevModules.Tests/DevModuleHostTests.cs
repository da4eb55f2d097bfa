using Microsoft.Extensions.Configuration;

namespace JobForge.DevModules.Tests;

/// <summary>The host is a development stand-in: it will not start in Production, nor without its secret.</summary>
public sealed class DevModuleHostTests
{
    [Fact]
    public void Build_InTheProductionEnvironment_RefusesToStart()
    {
        var refused = Assert.Throws<DevModuleStartException>(() => DevModuleHost.Build(["--environment", "Production"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DevModules:SigningSecret"] = DevModuleServer.Secret })));

        Assert.Contains("never runs in Production", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    public void Build_WithoutASigningSecret_RefusesNamingTheKey(string? secret)
    {
        var refused = Assert.Throws<DevModuleStartException>(() => DevModuleHost.Build(["--environment", "Development"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DevModules:SigningSecret"] = secret })));

        Assert.Contains("DevModules:SigningSecret", refused.Message, StringComparison.Ordinal);
    }
}
