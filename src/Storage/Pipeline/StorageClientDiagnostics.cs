using Azure.Core;

namespace JobForge.Storage.Pipeline;

/// <summary>
/// What Azure.Core's HTTP logging may show. Only an allow list of headers and no query parameters are logged, so
/// <c>Authorization</c>, SAS <c>sig</c> values, API keys and policy tokens never reach a log.
/// </summary>
internal static class StorageClientDiagnostics
{
    private static readonly string[] LoggedHeaders =
    [
        "x-ms-request-id",
        "x-ms-client-request-id",
        "x-ms-return-client-request-id",
        "x-ms-version",
        "x-ms-error-code",
        "Content-Type",
        "Content-Length",
        "Date",
        "ETag",
        "Retry-After",
    ];

    public static void Apply(DiagnosticsOptions diagnostics)
    {
        diagnostics.LoggedHeaderNames.Clear();
        foreach (var header in LoggedHeaders)
        {
            diagnostics.LoggedHeaderNames.Add(header);
        }

        diagnostics.LoggedQueryParameters.Clear();
        diagnostics.IsLoggingContentEnabled = false;
        diagnostics.ApplicationId ??= "JobForge";
    }
}
