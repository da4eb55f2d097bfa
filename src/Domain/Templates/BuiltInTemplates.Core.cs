namespace JobForge.Domain.Templates;

public static partial class BuiltInTemplates
{
    // One command step runs the pack's stages (lint, typecheck, build; "full" adds test) in the workspace and reports
    // {passed, pack, stages, fingerprint}; a failed stage is a passed=false report, not a failed step.
    private static JobTemplate VerifyPack()
    {
        var verify = new TemplateStep(
            "verify",
            HandlerKinds.Command,
            Json("""{"command":"verify_pack","workspace":"${{ inputs.workspace }}","pack":"${{ inputs.pack }}"}"""),
            Timeout: TimeSpan.FromMinutes(60));
        return new JobTemplate
        {
            TemplateKey = VerifyPackKey,
            Name = "Verify pack",
            Description = "Runs lint, typecheck and build (fast) or also test (full) of a workspace and fingerprints it. Gated by VERIFY_PACK_ENABLED.",
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
            Steps = [verify],
        };
    }
}
