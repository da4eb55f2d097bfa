using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JobForge.Application.Json;
using Api = JobForge.Client.Models;
using Dom = JobForge.Domain;
using Srv = JobForge.Application;

namespace JobForge.Client.Tests;

/// <summary>Each hand-written client model has exactly the JSON properties of the server's response type.</summary>
public sealed class ModelContractTests
{
    public static TheoryData<Type, Type> Pairs => new()
    {
        { typeof(Srv.Events.EventReceiptResponse), typeof(Api.EventReceipt) },
        { typeof(Srv.Events.EventListResponse), typeof(Api.EventPage) },
        { typeof(Srv.Jobs.JobAcceptedResponse), typeof(Api.JobAccepted) },
        { typeof(Srv.Jobs.JobDryRunResponse), typeof(Api.JobDryRun) },
        { typeof(Srv.Jobs.PlanStepResponse), typeof(Api.PlanStep) },
        { typeof(Srv.Jobs.PlanRetryResponse), typeof(Api.PlanRetry) },
        { typeof(Srv.Jobs.RunResponse), typeof(Api.Run) },
        { typeof(Srv.Jobs.RunStepResponse), typeof(Api.RunStep) },
        { typeof(Dom.Steps.StepFailure), typeof(Api.StepFailure) },
        { typeof(Srv.Jobs.RunListResponse), typeof(Api.RunPage) },
        { typeof(Srv.Jobs.RunSummaryResponse), typeof(Api.RunSummary) },
        { typeof(Srv.Jobs.RunMinuteBucket), typeof(Api.RunMinuteBucket) },
        { typeof(Srv.Jobs.RunDecisionResponse), typeof(Api.RunDecision) },
        { typeof(Srv.Artifacts.ArtifactListResponse), typeof(Api.ArtifactList) },
        { typeof(Dom.Artifacts.ArtifactInfo), typeof(Api.Artifact) },
        { typeof(Dom.Artifacts.RunManifest), typeof(Api.RunManifest) },
        { typeof(Srv.Artifacts.ReplayResultResponse), typeof(Api.ReplayResult) },
        { typeof(Dom.Artifacts.ReplayDifference), typeof(Api.ReplayDifference) },
        { typeof(Srv.Auth.ApiKeyView), typeof(Api.ApiKey) },
        { typeof(Srv.Auth.CallerResponse), typeof(Api.CallerIdentity) },
        { typeof(Srv.Runs.EngineStatusResponse), typeof(Api.EngineStatus) },
        { typeof(Srv.Auth.ApiKeyCreatedView), typeof(Api.ApiKeyCreated) },
        { typeof(Srv.Auth.ApiKeyListView), typeof(Api.ApiKeyList) },
        { typeof(Srv.Policy.PolicyTokenIssuedResponse), typeof(Api.PolicyTokenIssued) },
        { typeof(Srv.Policy.PolicyCheckResponse), typeof(Api.PolicyCheck) },
        { typeof(Srv.Policy.PolicyTokenRevokedResponse), typeof(Api.PolicyTokenRevoked) },
        { typeof(Srv.Policy.PolicyTokenClaimsView), typeof(Api.PolicyTokenClaims) },
        { typeof(Srv.Health.HealthResponse), typeof(Api.Health) },
        { typeof(Srv.Health.HealthCheck), typeof(Api.HealthCheck) },
        { typeof(Srv.Templates.TemplateSummaryResponse), typeof(Api.TemplateSummary) },
        { typeof(Srv.Templates.TemplateListResponse), typeof(Api.TemplateList) },
        { typeof(Srv.Templates.TemplateSwitchResponse), typeof(Api.TemplateSwitch) },
        { typeof(Srv.Triggers.TriggerResponse), typeof(Api.Trigger) },
        { typeof(Srv.Triggers.TriggerListResponse), typeof(Api.TriggerPage) },
        { typeof(Srv.Triggers.TriggerDecisionResponse), typeof(Api.TriggerDecision) },
        { typeof(Srv.Triggers.TriggerDecisionListResponse), typeof(Api.TriggerDecisionPage) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ClientModel_HasTheServerResponsesJsonProperties(Type serverType, Type clientType)
    {
        var serverOptions = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        ApiJson.Configure(serverOptions);

        var serverNames = serverOptions.GetTypeInfo(serverType).Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var clientNames = JobForgeJsonContext.Default.GetTypeInfo(clientType)!.Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(serverNames, clientNames);
    }
}
