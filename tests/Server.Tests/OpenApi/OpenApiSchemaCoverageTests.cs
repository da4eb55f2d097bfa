using System.Net;
using System.Text.Json;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Hosting;

namespace JobForge.Server.Tests.OpenApi;

/// <summary>
/// Walks the generated document as a client generator would: every operation must say what it takes and what it
/// answers with a real schema (a <c>$ref</c> to a component with content, or a typed schema; <c>{}</c> is not one).
/// </summary>
public sealed class OpenApiSchemaCoverageTests
{
    private static readonly string[] s_bodyMethods = ["post", "put", "patch"];

    // POSTs that take no body at all (the route and query say everything); every other POST/PUT/PATCH must declare one.
    private static readonly HashSet<string> s_bodiless = new(StringComparer.Ordinal)
    {
        "EnableTemplate", "DisableTemplate", "RevokeApiKey", "TestTrigger",
    };

    [Fact]
    public async Task Document_EveryOperation_HasARequestSchemaForItsBody_AndAResponseSchemaForEachSuccess()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var problems = new List<string>();

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var id = operation.Value.TryGetProperty("operationId", out var given) ? given.GetString()! : name;
                if (s_bodyMethods.Contains(operation.Name) && !s_bodiless.Contains(id))
                {
                    if (!operation.Value.TryGetProperty("requestBody", out var body) || !body.TryGetProperty("content", out var content)
                        || !content.EnumerateObject().Any() || content.EnumerateObject().Any(media => !IsRealSchema(media.Value, schemas)))
                    {
                        problems.Add($"{name} ({id}): no request body schema");
                    }
                }

                var successes = operation.Value.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
                if (successes.Count == 0)
                {
                    problems.Add($"{name} ({id}): no success response");
                }

                foreach (var success in successes.Where(r => r.Name != "204"))
                {
                    if (!success.Value.TryGetProperty("content", out var content) || !content.EnumerateObject().Any()
                        || content.EnumerateObject().Any(media => !IsRealSchema(media.Value, schemas)))
                    {
                        problems.Add($"{name} ({id}): response {success.Name} has no schema");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Document_EveryReference_ResolvesToAComponent()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var dangling = new List<string>();

        Walk(document, element =>
        {
            if (element.TryGetProperty("$ref", out var reference) && reference.ValueKind == JsonValueKind.String
                && !schemas.TryGetProperty(reference.GetString()!.Replace("#/components/schemas/", "", StringComparison.Ordinal), out _))
            {
                dangling.Add(reference.GetString()!);
            }
        });

        Assert.Empty(dangling);
    }

    [Fact]
    public async Task Document_DeclaresTheBearerScheme_RequiresItEverywhere_ButForHealth()
    {
        var document = await DocumentAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.Equal(0, document.GetProperty("paths").GetProperty("/api/health").GetProperty("get").GetProperty("security").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/jobs", "post", "template_key")]
    [InlineData("/api/v1/events", "post", "event_type")]
    [InlineData("/api/v1/api-keys", "post", "scopes")]
    [InlineData("/api/v1/policy-tokens", "post", "action")]
    [InlineData("/api/v1/triggers", "post", "cron_expression")]
    public async Task Document_MainRequests_CarryAnExampleBody(string path, string method, string field)
    {
        var document = await DocumentAsync();

        var media = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("requestBody").GetProperty("content").GetProperty("application/json");

        Assert.True(media.GetProperty("example").TryGetProperty(field, out _), media.GetRawText());
    }

    [Theory]
    [InlineData("Development", HttpStatusCode.OK)]
    [InlineData("Production", HttpStatusCode.NotFound)]
    public async Task Reference_IsServedInDevelopmentOnly_WithoutAKey(string environment, HttpStatusCode expected)
    {
        var settings = await EventsTestServer.SettingsAsync();
        var app = JobForge.Server.Hosting.JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", environment], builder =>
            Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(builder.Configuration, settings));
        await app.StartAsync();
        try
        {
            var address = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>(app.Services)
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            using var page = await client.GetAsync("/docs");
            using var json = await client.GetAsync("/docs/openapi/v1.json");

            Assert.Equal(expected, page.StatusCode);
            Assert.Equal(expected, json.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<JsonElement> DocumentAsync()
    {
        await using var server = await EventsTestServer.StartAsync();
        using var response = await server.GetAsync(EventsTestServer.BootstrapKey, "/api/v1/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EventsTestServer.JsonAsync(response);
    }

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            visit(element);
            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, visit);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, visit);
            }
        }
    }

    private static bool IsRealSchema(JsonElement media, JsonElement schemas)
    {
        if (!media.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Replace("#/components/schemas/", "", StringComparison.Ordinal);
            return schemas.TryGetProperty(name, out var target) && (target.TryGetProperty("type", out _) || target.TryGetProperty("properties", out _));
        }

        return schema.TryGetProperty("type", out _) || schema.TryGetProperty("properties", out _) || schema.TryGetProperty("oneOf", out _) || schema.TryGetProperty("anyOf", out _);
    }
}
