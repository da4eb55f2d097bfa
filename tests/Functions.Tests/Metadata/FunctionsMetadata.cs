using System.Text.Json;

namespace JobForge.Functions.Tests.Metadata;

/// <summary>Reads the <c>functions.metadata</c> the worker SDK generated at build (copied next to the test assembly).</summary>
public static class FunctionsMetadata
{
    /// <summary>The file's path in the test output.</summary>
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "functions.metadata");

    /// <summary>Every function with an <c>httpTrigger</c> binding.</summary>
    public static IReadOnlyList<HttpFunction> HttpFunctions()
    {
        Assert.True(File.Exists(Path), "functions.metadata is not next to the test assembly: " + Path);
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        var functions = new List<HttpFunction>();
        foreach (var function in document.RootElement.EnumerateArray())
        {
            foreach (var binding in function.GetProperty("bindings").EnumerateArray())
            {
                if (!string.Equals(binding.GetProperty("type").GetString(), "httpTrigger", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var name = function.GetProperty("name").GetString()!;
                functions.Add(new HttpFunction(
                    name,
                    function.GetProperty("entryPoint").GetString()!,
                    binding.TryGetProperty("route", out var route) ? route.GetString() ?? name : name,
                    binding.TryGetProperty("methods", out var methods)
                        ? [.. methods.EnumerateArray().Select(method => method.GetString()!.ToUpperInvariant())]
                        : [],
                    binding.GetProperty("authLevel").GetString()!));
            }
        }

        return functions;
    }
}
