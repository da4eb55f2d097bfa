using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JobForge.Server.Hosting;
using Client = JobForge.Client.Models;
using Domain = JobForge.Domain;
using Server = JobForge.Server;

namespace JobForge.Client.Tests;

/// <summary>Each hand-written client model has exactly the JSON properties of the server's response type.</summary>
public sealed class ModelContractTests
{
    public static TheoryData<Type, Type> Pairs => new()
    {
        { typeof(Server.Events.EventReceiptResponse), typeof(Client.EventReceipt) },
        { typeof(Server.Events.EventListResponse), typeof(Client.EventPage) },
        { typeof(Server.Jobs.JobAcceptedResponse), typeof(Client.JobAccepted) },
        { typeof(Server.Jobs.JobDryRunResponse), typeof(Client.JobDryRun) },
        { typeof(Server.Jobs.PlanStepResponse), typeof(Client.PlanStep) },
        { typeof(Server.Jobs.PlanRetryResponse), typeof(Client.PlanRetry) },
        { typeof(Server.Jobs.RunResponse), typeof(Client.Run) },
        { typeof(Server.Jobs.RunStepResponse), typeof(Client.RunStep) },
        { typeof(Domain.Steps.StepFailure), typeof(Client.StepFailure) },
        { typeof(Server.Jobs.RunListResponse), typeof(Client.RunPage) },
        { typeof(Server.Jobs.RunDecisionResponse), typeof(Client.RunDecision) },
        { typeof(Server.Artifacts.ArtifactListResponse), typeof(Client.ArtifactList) },
        { typeof(Domain.Artifacts.ArtifactInfo), typeof(Client.Artifact) },
        { typeof(Domain.Artifacts.RunManifest), typeof(Client.RunManifest) },
        { typeof(Server.Artifacts.ReplayResultResponse), typeof(Client.ReplayResult) },
        { typeof(Domain.Artifacts.ReplayDifference), typeof(Client.ReplayDifference) },
        { typeof(Server.Auth.ApiKeyView), typeof(Client.ApiKey) },
        { typeof(Server.Auth.ApiKeyCreatedView), typeof(Client.ApiKeyCreated) },
        { typeof(Server.Auth.ApiKeyListView), typeof(Client.ApiKeyList) },
        { typeof(Server.Policy.PolicyTokenIssuedResponse), typeof(Client.PolicyTokenIssued) },
        { typeof(Server.Policy.PolicyCheckResponse), typeof(Client.PolicyCheck) },
        { typeof(Server.Policy.PolicyTokenRevokedResponse), typeof(Client.PolicyTokenRevoked) },
        { typeof(Server.Policy.PolicyTokenClaimsView), typeof(Client.PolicyTokenClaims) },
        { typeof(Server.Health.HealthResponse), typeof(Client.Health) },
        { typeof(Server.Health.HealthCheck), typeof(Client.HealthCheck) },
        { typeof(Server.Templates.TemplateSummaryResponse), typeof(Client.TemplateSummary) },
        { typeof(Server.Templates.TemplateListResponse), typeof(Client.TemplateList) },
        { typeof(Server.Templates.TemplateSwitchResponse), typeof(Client.TemplateSwitch) },
        { typeof(Server.Triggers.TriggerResponse), typeof(Client.Trigger) },
        { typeof(Server.Triggers.TriggerListResponse), typeof(Client.TriggerPage) },
        { typeof(Server.Triggers.TriggerDecisionResponse), typeof(Client.TriggerDecision) },
        { typeof(Server.Triggers.TriggerDecisionListResponse), typeof(Client.TriggerDecisionPage) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ClientModel_HasTheServerResponsesJsonProperties(Type serverType, Type clientType)
    {
        var serverOptions = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        ServerDefaultsExtensions.ConfigureJson(serverOptions);

        var serverNames = serverOptions.GetTypeInfo(serverType).Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var clientNames = JobForgeJsonContext.Default.GetTypeInfo(clientType)!.Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(serverNames, clientNames);
    }
}
