using System.Net;
using System.Reflection;
using System.Text;
using JobForge.Functions.Hosting;
using JobForge.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// The Functions app without the Functions host: the worker's container from <see cref="JobForgeFunctions.Build"/>, the
/// request routed by <c>functions.metadata</c> as the host routes it, a real <see cref="DefaultHttpContext"/> per request
/// with a per-invocation service scope (as the ASP.NET Core integration gives), the worker middleware
/// (<see cref="ApiPipelineMiddleware"/>) and the function class method invoked as the worker invokes it.
/// </summary>
public sealed class FunctionsApiHost : IApiHost
{
    private readonly IHost _worker;
    private readonly ApiPipelineMiddleware _middleware;
    private readonly FunctionRoutes _routes = new();

    private FunctionsApiHost(IHost worker)
    {
        _worker = worker;
        _middleware = new ApiPipelineMiddleware(worker.Services);
    }

    /// <summary>The worker's services.</summary>
    public IServiceProvider Services => _worker.Services;

    /// <summary>
    /// Builds the worker with <paramref name="settings"/> and, registered before the app's own, <paramref name="services"/>
    /// (not started: nothing connects to a Functions host).
    /// </summary>
    public static FunctionsApiHost Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) =>
        new(JobForgeFunctions.Build(["--environment", "Testing"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            services?.Invoke(builder.Services);
        }));

    /// <inheritdoc />
    public Task<ApiResponse> SendAsync(HttpMethod method, string? key, string pathAndQuery, string? json = null) =>
        SendAsync(method, key, pathAndQuery, json, null);

    /// <summary>As <see cref="SendAsync(HttpMethod, string?, string, string?)"/>, with extra request headers.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string? key, string pathAndQuery, string? json, IReadOnlyDictionary<string, string>? requestHeaders)
    {
        var split = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = PathString.FromUriComponent(split < 0 ? pathAndQuery : pathAndQuery[..split]);
        var function = _routes.Match(method.Method, path);
        if (function is null)
        {
            return new ApiResponse(StatusCodes.Status404NotFound, new Dictionary<string, string>(), string.Empty);
        }

        await using var scope = _worker.Services.CreateAsyncScope();
        var response = new RecordingResponseFeature();
        var http = NewContext(method, key, path, split < 0 ? string.Empty : pathAndQuery[split..], json, response, scope.ServiceProvider);
        foreach (var (name, value) in requestHeaders ?? new Dictionary<string, string>())
        {
            http.Request.Headers[name] = value;
        }

        var invocation = new InvocationContext(scope.ServiceProvider, http);

        await _middleware.Invoke(invocation, async _ =>
        {
            var instance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.DeclaringType!);
            // The request, and no Durable client (the host binds one; without it a run waits for the recovery scan).
            object?[] arguments = [http.Request, .. function.GetParameters().Skip(1).Select(_ => (object?)null)];
            await (Task)function.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null)!;
        });
        await response.CompleteAsync();

        var headers = response.Headers.ToDictionary(header => header.Key.ToLowerInvariant(), header => header.Value.ToString());
        return new ApiResponse(response.StatusCode, headers, response.Text);
    }

    private static DefaultHttpContext NewContext(
        HttpMethod method, string? key, PathString path, string query, string? json, RecordingResponseFeature response, IServiceProvider services)
    {
        var body = json is null ? Stream.Null : new MemoryStream(Encoding.UTF8.GetBytes(json));
        var request = new HttpRequestFeature
        {
            Method = method.Method, Scheme = "http", Protocol = "HTTP/1.1", PathBase = string.Empty, Path = path.Value ?? "/",
            QueryString = query, Body = body,
        };
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        var http = new DefaultHttpContext(features) { RequestServices = services };
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        http.Request.Headers.Host = "localhost";
        if (json is not null)
        {
            http.Request.ContentType = "application/json; charset=utf-8";
            http.Request.ContentLength = body.Length;
        }

        if (key is not null)
        {
            http.Request.Headers.Authorization = "Bearer " + key;
        }

        return http;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _worker.Dispose();
        return ValueTask.CompletedTask;
    }
}
