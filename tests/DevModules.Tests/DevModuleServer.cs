using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.DevModules.Tests;

/// <summary>The development module host on a real Kestrel bound to 127.0.0.1:0, and a client that signs like JobForge.</summary>
public sealed class DevModuleServer : IAsyncLifetime
{
    public const string Secret = "dev-modules-test-secret-0123456789";

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        _app = DevModuleHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DevModules:SigningSecret"] = Secret }));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>POSTs <paramref name="json"/> to <paramref name="path"/>, signed with <paramref name="secret"/> at <paramref name="sentAt"/> (default now).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string json, string secret = Secret, DateTimeOffset? sentAt = null, string? signature = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = (sentAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(RequestSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(RequestSignature.SignatureHeader, signature ?? RequestSignature.Sign(secret, timestamp, body));
        request.Headers.Add("Idempotency-Key", "run-1:call-module:1");
        return await Client.SendAsync(request);
    }
}
