namespace JobForge.Domain.Templates;

public static partial class BuiltInTemplates
{
    // Lint, typecheck, build and test of a workspace, in that order; "fast" packs skip slow suites in the worker.
    private static JobTemplate VerifyPack()
    {
        string[] stages = ["lint", "typecheck", "build", "test"];
        var steps = stages.Select((stage, i) => new TemplateStep(
            stage,
            HandlerKinds.Command,
            Json($$$"""{"command":"verify_pack.{{{stage}}}","workspace":"${{ inputs.workspace }}","pack":"${{ inputs.pack }}"}"""),
            Timeout: TimeSpan.FromMinutes(15),
            DependsOn: i == 0 ? null : [stages[i - 1]])).ToList();
        return new JobTemplate
        {
            TemplateKey = VerifyPackKey,
            Name = "Verify pack",
            Description = "Runs lint, typecheck, build and test of a workspace. Gated by VERIFY_PACK_ENABLED.",
            Category = "core",
            Version = Version,
            InputSchema = Json("""
                {"type":"object","additionalProperties":false,"required":["workspace"],"properties":{
                "workspace":{"type":"string","minLength":1,"maxLength":512,"pattern":"^[A-Za-z0-9._/-]+$"},
                "pack":{"type":"string","enum":["fast","full"],"default":"fast"}}}
                """),
            OutputSchema = Json("""
                {"type":"object","properties":{"passed":{"type":"boolean"},"stages":{"type":"array","items":{"type":"object","properties":{
                "name":{"type":"string","enum":["lint","typecheck","build","test"]},"passed":{"type":"boolean"},"duration_ms":{"type":"integer","minimum":0}},
                "required":["name","passed"]}}},"required":["passed","stages"]}
                """),
            RequiredScopes = ["core:read"],
            DefaultMaxAttempts = 1,
            DefaultTimeout = TimeSpan.FromMinutes(60),
            EstimatedCostTier = "medium",
            Steps = steps,
        };
    }
}
