using System.Reflection;
using JobForge.Functions.Hosting;

namespace JobForge.Functions.Tests.Metadata;

/// <summary>The worker SDK generates <c>functions.metadata</c> at build; the Functions host reads nothing else to index the app.</summary>
public sealed class FunctionsMetadataTests
{
    [Fact]
    public void Build_GeneratesMetadata_WithTheHealthRouteAnonymous()
    {
        var health = Assert.Single(FunctionsMetadata.HttpFunctions(), function => function.Name == "GetHealth");

        Assert.Equal("health", health.Route);
        Assert.Equal(["GET"], health.Methods);
    }

    [Fact]
    public void EveryHttpFunction_IsAnonymousAtTheFunctionsLevel_TenantKeysAreTheBoundary()
    {
        var functions = FunctionsMetadata.HttpFunctions();

        Assert.True(functions.Count > 30, $"only {functions.Count} HTTP functions in functions.metadata");
        Assert.All(functions, function => Assert.Equal("Anonymous", function.AuthLevel));
    }

    [Fact]
    public void EveryHttpFunction_IsAMethodNamedLikeTheFunction_OnAPublicClassOfTheApp()
    {
        var assembly = typeof(JobForgeFunctions).Assembly;

        Assert.All(FunctionsMetadata.HttpFunctions(), function =>
        {
            var split = function.EntryPoint.LastIndexOf('.');
            var type = assembly.GetType(function.EntryPoint[..split]);
            Assert.NotNull(type);
            Assert.True(type.IsPublic, function.EntryPoint);
            // The method name is the endpoint name ApiEndpointTable.InvokeAsync receives ([CallerMemberName]).
            Assert.Equal(function.Name, function.EntryPoint[(split + 1)..]);
            Assert.NotNull(type.GetMethod(function.Name, BindingFlags.Public | BindingFlags.Instance));
        });
    }
}
