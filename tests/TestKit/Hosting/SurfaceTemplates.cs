using System.Text.Json.Nodes;

namespace JobForge.TestKit.Hosting;

/// <summary>The two templates the client-surface tests register: one transform step, and an approval then a transform.</summary>
public static class SurfaceTemplates
{
    /// <summary>One step: input <c>n</c> (integer, default 1) becomes output <c>value</c>.</summary>
    public static JsonObject Quick(string key, string name) => JsonNode.Parse($$$$"""
        {"template_key":"{{{{key}}}}","name":"{{{{name}}}}","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object","properties":{"n":{"type":"integer","default":1}}},"output_schema":{"type":"object"},
         "required_scopes":["ops:read"],
         "steps":[{"id":"only","uses":"transform","with":{"output":{"value":"${{ inputs.n }}"}}}]}
        """)!.AsObject();

    /// <summary>An approval step, then a transform with output <c>done</c>.</summary>
    public static JsonObject Approval(string key, string name) => JsonNode.Parse($$$$"""
        {"template_key":"{{{{key}}}}","name":"{{{{name}}}}","category":"ops","version":"1.0.0",
         "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
         "steps":[{"id":"ask","uses":"approval","with":{}},
                  {"id":"after","uses":"transform","depends_on":["ask"],"with":{"output":{"done":true}}}]}
        """)!.AsObject();
}
