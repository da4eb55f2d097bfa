using System.Text.Json.Nodes;

namespace JobForge.Dashboard.Tests;

/// <summary>The templates the dashboard tests run: one that finishes at once, one that waits for an approval.</summary>
internal static class Templates
{
    public static JsonObject Quick(string key) => JsonNode.Parse($$$$"""
        {"template_key":"{{{{key}}}}","name":"Quick transform","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}}},"output_schema":{"type":"object"},
         "required_scopes":["ops:read"],
         "steps":[{"id":"shape","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}},
                  {"id":"report","uses":"transform","depends_on":["shape"],"with":{"output":{"done":true}}}]}
        """)!.AsObject();

    public static JsonObject Approval(string key) => JsonNode.Parse($$$$"""
        {"template_key":"{{{{key}}}}","name":"Change with approval","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
         "steps":[{"id":"plan","uses":"transform","with":{"output":{"planned":true}}},
                  {"id":"ask","uses":"approval","depends_on":["plan"],"with":{}},
                  {"id":"apply","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]}
        """)!.AsObject();
}
