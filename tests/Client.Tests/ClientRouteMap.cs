namespace JobForge.Client.Tests;

/// <summary>Every server route and the client method that calls it. A route missing here fails <see cref="RouteCoverageTests"/>.</summary>
internal static class ClientRouteMap
{
    public static readonly IReadOnlyDictionary<string, (Type Client, string Method)> Routes = new Dictionary<string, (Type, string)>
    {
        ["GET /api/health"] = (typeof(JobForgeClient), nameof(JobForgeClient.GetHealthAsync)),
        ["GET /api/v1/flags"] = (typeof(JobForgeClient), nameof(JobForgeClient.GetFlagsAsync)),
        ["GET /api/v1/me"] = (typeof(JobForgeClient), nameof(JobForgeClient.GetCallerAsync)),
        ["GET /api/v1/engine"] = (typeof(JobForgeClient), nameof(JobForgeClient.GetEngineStatusAsync)),
        ["GET /api/v1/audit"] = (typeof(JobForgeClient), nameof(JobForgeClient.ListAuditAsync)),
        ["POST /api/v1/api-keys"] = (typeof(ApiKeysClient), nameof(ApiKeysClient.CreateAsync)),
        ["GET /api/v1/api-keys"] = (typeof(ApiKeysClient), nameof(ApiKeysClient.ListAsync)),
        ["GET /api/v1/api-keys/{key_id}"] = (typeof(ApiKeysClient), nameof(ApiKeysClient.GetAsync)),
        ["POST /api/v1/api-keys/{key_id}/revoke"] = (typeof(ApiKeysClient), nameof(ApiKeysClient.RevokeAsync)),
        ["DELETE /api/v1/api-keys/{key_id}"] = (typeof(ApiKeysClient), nameof(ApiKeysClient.DeleteAsync)),
        ["POST /api/v1/events"] = (typeof(EventsClient), nameof(EventsClient.SubmitAsync)),
        ["GET /api/v1/events"] = (typeof(EventsClient), nameof(EventsClient.ListAsync)),
        ["POST /api/v1/policy-tokens"] = (typeof(PolicyTokensClient), nameof(PolicyTokensClient.MintAsync)),
        ["POST /api/v1/policy-tokens/validate"] = (typeof(PolicyTokensClient), nameof(PolicyTokensClient.ValidateAsync)),
        ["POST /api/v1/policy-tokens/{jti}/revoke"] = (typeof(PolicyTokensClient), nameof(PolicyTokensClient.RevokeAsync)),
        ["GET /api/v1/templates"] = (typeof(TemplatesClient), nameof(TemplatesClient.ListAsync)),
        ["GET /api/v1/templates/{key}"] = (typeof(TemplatesClient), nameof(TemplatesClient.GetAsync)),
        ["PUT /api/v1/templates/{key}"] = (typeof(TemplatesClient), nameof(TemplatesClient.PutAsync)),
        ["POST /api/v1/templates/{key}/enable"] = (typeof(TemplatesClient), nameof(TemplatesClient.EnableAsync)),
        ["POST /api/v1/templates/{key}/disable"] = (typeof(TemplatesClient), nameof(TemplatesClient.DisableAsync)),
        ["GET /api/v1/templates/{key}/github-workflow"] = (typeof(TemplatesClient), nameof(TemplatesClient.ExportGitHubWorkflowAsync)),
        ["POST /api/v1/jobs"] = (typeof(JobsClient), nameof(JobsClient.RequestAsync)),
        ["GET /api/v1/jobs"] = (typeof(JobsClient), nameof(JobsClient.ListAsync)),
        ["GET /api/v1/jobs/summary"] = (typeof(JobsClient), nameof(JobsClient.GetSummaryAsync)),
        ["GET /api/v1/jobs/{run_id}"] = (typeof(JobsClient), nameof(JobsClient.GetAsync)),
        ["POST /api/v1/jobs/{run_id}/approve"] = (typeof(JobsClient), nameof(JobsClient.ApproveAsync)),
        ["POST /api/v1/jobs/{run_id}/reject"] = (typeof(JobsClient), nameof(JobsClient.RejectAsync)),
        ["POST /api/v1/jobs/{run_id}/cancel"] = (typeof(JobsClient), nameof(JobsClient.CancelAsync)),
        ["POST /api/v1/jobs/{run_id}/rollback"] = (typeof(JobsClient), nameof(JobsClient.RollbackAsync)),
        ["GET /api/v1/jobs/{run_id}/stream"] = (typeof(JobsClient), nameof(JobsClient.WatchAsync)),
        ["GET /api/v1/jobs/stream"] = (typeof(JobsClient), nameof(JobsClient.WatchTenantAsync)),
        ["GET /api/v1/runs/{run_id}/artifacts"] = (typeof(ArtifactsClient), nameof(ArtifactsClient.ListAsync)),
        ["GET /api/v1/runs/{run_id}/artifacts/{name}"] = (typeof(ArtifactsClient), nameof(ArtifactsClient.GetContentAsync)),
        ["GET /api/v1/runs/{run_id}/manifest"] = (typeof(ArtifactsClient), nameof(ArtifactsClient.GetManifestAsync)),
        ["GET /api/v1/runs/{run_id}/replay"] = (typeof(ReplaysClient), nameof(ReplaysClient.GetBundleAsync)),
        ["POST /api/v1/runs/{run_id}/replay"] = (typeof(ReplaysClient), nameof(ReplaysClient.DryRunAsync)),
        ["POST /api/v1/replays"] = (typeof(ReplaysClient), nameof(ReplaysClient.ImportAsync)),
        ["POST /api/v1/triggers"] = (typeof(TriggersClient), nameof(TriggersClient.CreateAsync)),
        ["GET /api/v1/triggers"] = (typeof(TriggersClient), nameof(TriggersClient.ListAsync)),
        ["GET /api/v1/triggers/{id}"] = (typeof(TriggersClient), nameof(TriggersClient.GetAsync)),
        ["PATCH /api/v1/triggers/{id}"] = (typeof(TriggersClient), nameof(TriggersClient.UpdateAsync)),
        ["DELETE /api/v1/triggers/{id}"] = (typeof(TriggersClient), nameof(TriggersClient.DeleteAsync)),
        ["GET /api/v1/triggers/{id}/decisions"] = (typeof(TriggersClient), nameof(TriggersClient.ListDecisionsAsync)),
        ["POST /api/v1/triggers/{id}/test"] = (typeof(TriggersClient), nameof(TriggersClient.TestAsync)),
    };

    /// <summary>Routes that are not API operations for the client (the OpenAPI document).</summary>
    public static readonly IReadOnlySet<string> NotClientOperations = new HashSet<string>
    {
        "GET /api/v1/openapi/{documentName}.json",
        // The MCP endpoint (Streamable HTTP, src/Server/Mcp): spoken by MCP clients, and its tools call the client SDK.
        "POST /api/mcp", "GET /api/mcp", "DELETE /api/mcp",
    };
}
