using System.Net.Http.Headers;
using System.Text;
using JobForge.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Functions.Tests.Http;

/// <summary>The self-hosted server on a real Kestrel bound to 127.0.0.1:0, called over HTTP.</summary>
public sealed class ServerApiHost : IApiHost
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private ServerApiHost(WebApplication app, Uri address)
    {
        _app = app;
        _client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Builds the server with <paramref name="settings"/> and starts it.</summary>
    public static async Task<ServerApiHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var app = JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"],
            builder => builder.Configuration.AddInMemoryCollection(settings));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ServerApiHost(app, new Uri(address));
    }

    /// <inheritdoc />
    public async Task<ApiResponse> SendAsync(HttpMethod method, string? key, string pathAndQuery, string? json = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var response = await _client.SendAsync(request);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(header => header.Key.ToLowerInvariant(), header => string.Join(", ", header.Value));
        return new ApiResponse((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
