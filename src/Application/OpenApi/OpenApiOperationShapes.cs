using JobForge.Domain.Artifacts;
using JobForge.Application.OpenApi.Bodies;
using JobForge.Application.Policy;

namespace JobForge.Application.OpenApi;

/// <summary>The shapes of the operations whose bodies the handlers read themselves, by operation id (the route name).</summary>
internal static class OpenApiOperationShapes
{
    private static readonly Dictionary<int, Type> s_none = [];

    public static IReadOnlyDictionary<string, OpenApiOperationShape> ById { get; } = new Dictionary<string, OpenApiOperationShape>(StringComparer.Ordinal)
    {
        ["RequestJob"] = new(typeof(JobRequestBody), true, s_none,
            """{"tenant_id":"acme","template_key":"autopilot.ops.scan","inputs":{"target":"vm-1","scan_type":"security"},"actor_id":"ops-bot","idempotency_key":"scan-2026-12-01"}"""),
        ["IngestEvent"] = new(typeof(EventBody), true, s_none,
            """{"tenant_id":"acme","event_type":"infrastructure.alert","source_app":"settler","source_module":"ops","payload":{"severity":"warning","service":"api-gateway"}}"""),
        ["CreateTrigger"] = new(typeof(TriggerBody), true, s_none,
            """{"tenant_id":"acme","trigger_type":"cron","name":"Nightly scan","target_template_key":"autopilot.ops.scan","target_inputs":{"target":"vm-1"},"enabled":true,"cron_expression":"0 3 * * *","time_zone":"Europe/Berlin"}"""),
        ["UpdateTrigger"] = new(typeof(TriggerBody), true, s_none, """{"enabled":false}"""),
        ["ReplayRun"] = new(typeof(ReplayRunBody), false, s_none, """{"dry_run":true}"""),
        ["ReplayBundle"] = new(typeof(ReplayBundle), true, s_none),
        ["CreateApiKey"] = new(typeof(ApiKeyCreateBody), true, s_none,
            """{"name":"approver","tenant_id":"acme","scopes":["jobs:read","jobs:approve"]}"""),
        ["IssuePolicyToken"] = new(typeof(PolicyTokenIssueBody), true, new Dictionary<int, Type> { [201] = typeof(PolicyTokenIssuedResponse) },
            """{"tenant_id":"acme","actor_id":"alice","action":"autopilot.ops.apply","scopes":["ops:write"],"expires_in_hours":1}"""),
        ["ValidatePolicyToken"] = new(typeof(PolicyTokenValidateBody), true, new Dictionary<int, Type> { [200] = typeof(PolicyCheckResponse) }),
        ["RevokePolicyToken"] = new(typeof(PolicyTokenRevokeBody), false, new Dictionary<int, Type> { [200] = typeof(PolicyTokenRevokedResponse) }),
        ["RegisterTemplate"] = new(typeof(TemplateContractBody), true, s_none),
        ["GetTemplate"] = new(null, false, new Dictionary<int, Type> { [200] = typeof(TemplateContractBody) }),
        ["GetRunManifest"] = new(null, false, new Dictionary<int, Type> { [200] = typeof(RunManifest) }),
        ["GetRunReplayBundle"] = new(null, false, new Dictionary<int, Type> { [200] = typeof(ReplayBundle) }),
    };
}
