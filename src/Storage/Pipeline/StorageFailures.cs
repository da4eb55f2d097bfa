using Azure;

namespace JobForge.Storage.Pipeline;

/// <summary>Reads the service error code of a response and turns an unexpected response into the exception callers see.</summary>
internal static class StorageFailures
{
    /// <summary>The <c>x-ms-error-code</c> header, else the code in the error body; null when there is neither.</summary>
    public static string? GetErrorCode(Response response) =>
        StorageErrorDetailsParser.Instance.TryParse(response, out var error, out _) ? error?.Code : null;

    /// <summary>The <see cref="RequestFailedException"/> (status, error code, message) for <paramref name="response"/>.</summary>
    public static RequestFailedException Exception(Response response) =>
        new(response, null, StorageErrorDetailsParser.Instance);
}
