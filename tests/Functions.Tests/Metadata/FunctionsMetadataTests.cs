using System.Text.Json;

namespace JobForge.Functions.Tests.Metadata;

/// <summary>The worker SDK generates <c>functions.metadata</c> at build; the Functions host reads nothing else to index the app.</summary>
public sealed class FunctionsMetadataTests
{
    [Fact]
    public void Build_GeneratesMetadata_WithTheHealthRouteAnonymous()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        Assert.True(File.Exists(path), "functions.metadata is not next to the test assembly: " + path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var health = document.RootElement.EnumerateArray().Single(function => function.GetProperty("name").GetString() == "Health");
        var trigger = health.GetProperty("bindings").EnumerateArray().Single(binding => binding.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("health", trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
    }
}
