namespace JobForge.Functions.Tests.Http;

/// <summary>A JobForge host the parity tests send requests to: the server on Kestrel, or the Functions app's functions.</summary>
public interface IApiHost : IAsyncDisposable
{
    /// <summary>Sends <paramref name="json"/> (if any) to <paramref name="pathAndQuery"/> with the API key <paramref name="key"/> (if any).</summary>
    Task<ApiResponse> SendAsync(HttpMethod method, string? key, string pathAndQuery, string? json = null);
}
