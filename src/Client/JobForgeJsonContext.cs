using System.Text.Json;
using System.Text.Json.Serialization;
using JobForge.Client.Models;

namespace JobForge.Client;

/// <summary>Source-generated JSON for every model the client reads or writes (the API's snake_case names).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiKey))]
[JsonSerializable(typeof(ApiKeyCreated))]
[JsonSerializable(typeof(ApiKeyList))]
[JsonSerializable(typeof(Artifact))]
[JsonSerializable(typeof(ArtifactList))]
[JsonSerializable(typeof(CallerIdentity))]
[JsonSerializable(typeof(EngineStatus))]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(RunMinuteBucket))]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(EventReceipt))]
[JsonSerializable(typeof(Health))]
[JsonSerializable(typeof(HealthCheck))]
[JsonSerializable(typeof(JobAccepted))]
[JsonSerializable(typeof(JobDryRun))]
[JsonSerializable(typeof(PlanRetry))]
[JsonSerializable(typeof(PlanStep))]
[JsonSerializable(typeof(PolicyCheck))]
[JsonSerializable(typeof(PolicyTokenClaims))]
[JsonSerializable(typeof(PolicyTokenIssued))]
[JsonSerializable(typeof(PolicyTokenRevoked))]
[JsonSerializable(typeof(ReplayDifference))]
[JsonSerializable(typeof(ReplayResult))]
[JsonSerializable(typeof(Run))]
[JsonSerializable(typeof(RunDecision))]
[JsonSerializable(typeof(RunManifest))]
[JsonSerializable(typeof(RunPage))]
[JsonSerializable(typeof(RunStep))]
[JsonSerializable(typeof(StepFailure))]
[JsonSerializable(typeof(TemplateList))]
[JsonSerializable(typeof(TemplateSummary))]
[JsonSerializable(typeof(TemplateSwitch))]
[JsonSerializable(typeof(Trigger))]
[JsonSerializable(typeof(TriggerDecision))]
[JsonSerializable(typeof(TriggerDecisionPage))]
[JsonSerializable(typeof(TriggerPage))]
[JsonSerializable(typeof(ErrorEnvelope))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(bool))]
internal sealed partial class JobForgeJsonContext : JsonSerializerContext;
