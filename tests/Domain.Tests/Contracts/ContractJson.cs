using System.Text.Json;

namespace JobForge.Domain.Tests.Contracts;

internal static class ContractJson
{
    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
