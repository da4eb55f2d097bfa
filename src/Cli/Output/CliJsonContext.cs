using System.Text.Json;
using System.Text.Json.Serialization;
using JobForge.Cli.Configuration;
using JobForge.Client.Models;

namespace JobForge.Cli.Output;

/// <summary>
/// The JSON the CLI prints (<c>--json</c>) and the profile file: the API's snake_case shapes, indented, nulls left out,
/// source-generated. The shapes are the client models', so <c>--json</c> output matches the API's answer.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ApiKey))]
[JsonSerializable(typeof(ApiKeyCreated))]
[JsonSerializable(typeof(ApiKeyList))]
[JsonSerializable(typeof(ArtifactList))]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(EventReceipt))]
[JsonSerializable(typeof(Health))]
[JsonSerializable(typeof(JobAccepted))]
[JsonSerializable(typeof(JobDryRun))]
[JsonSerializable(typeof(PolicyCheck))]
[JsonSerializable(typeof(PolicyTokenIssued))]
[JsonSerializable(typeof(PolicyTokenRevoked))]
[JsonSerializable(typeof(ReplayResult))]
[JsonSerializable(typeof(Run))]
[JsonSerializable(typeof(RunDecision))]
[JsonSerializable(typeof(RunManifest))]
[JsonSerializable(typeof(RunPage))]
[JsonSerializable(typeof(TemplateList))]
[JsonSerializable(typeof(TemplateSwitch))]
[JsonSerializable(typeof(Trigger))]
[JsonSerializable(typeof(TriggerDecisionPage))]
[JsonSerializable(typeof(TriggerPage))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(ProfileDocument))]
[JsonSerializable(typeof(ProfileView))]
[JsonSerializable(typeof(List<ProfileView>))]
[JsonSerializable(typeof(CliError))]
[JsonSerializable(typeof(WatchLine))]
[JsonSerializable(typeof(JobForge.Cli.Commands.Templates.GitHubWorkflowExport))]
[JsonSerializable(typeof(JobForge.Cli.Commands.Triggers.DeletedTrigger))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
