using System.Text.Json;

namespace JobForge.Domain.Tests.Templates;

internal static class SchemaJson
{
    public static JsonElement Parse(string json) => JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 2048 }).RootElement.Clone();
}
