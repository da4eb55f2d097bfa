using System.Net.Http.Headers;
using System.Text;
using JobForge.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Hosting;

/// <summary>The real server on a real Kestrel bound to 127.0.0.1:0, with settings given in memory.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        // Bodies wait for 100 Continue, so a request the server refuses on its headers (413) is answered before the
        // body is sent: without it a loaded machine can see the connection closed mid-upload (broken pipe).
        Client.DefaultRequestHeaders.ExpectContinue = true;
    }

    /// <summary>The running application (for resolving services).</summary>
    public WebApplication App { get; }

    /// <summary>The bound address, read back from Kestrel.</summary>
    public Uri Address { get; }

    /// <summary>A client for <see cref="Address"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>Sends <paramref name="json"/> (if any) to <paramref name="path"/> with the API key <paramref name="key"/> (if any) and extra headers.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string? key, string path, string? json, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Builds the server with <paramref name="settings"/> layered over its appsettings, and starts it.</summary>
    public static async Task<RunningServer> StartAsync(
        IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var app = Build(settings, services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningServer(app, new Uri(address));
    }

    /// <summary>Builds (but does not start) the server with <paramref name="settings"/>.</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) =>
        JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            services?.Invoke(builder.Services);
        });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
