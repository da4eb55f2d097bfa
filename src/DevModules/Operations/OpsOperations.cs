using System.Text.Json.Nodes;

namespace JobForge.DevModules.Operations;

/// <summary>The <c>ops</c> module: scan, diagnose, recommend, apply.</summary>
internal static class OpsOperations
{
    private static readonly Dictionary<string, string[]> s_scanTitles = new(StringComparer.Ordinal)
    {
        ["security"] = ["Port 22 open to the internet", "TLS 1.0 still enabled", "Storage account allows public blob access", "Admin user without MFA"],
        ["cost"] = ["Idle virtual machine", "Unattached managed disk", "Over-provisioned database tier"],
        ["performance"] = ["CPU above 90% at peak", "Slow disk on the data volume", "Cache hit rate below 50%"],
    };

    private static readonly string[] s_causes = ["Recent deployment changed connection limits", "Certificate expired on the gateway", "Database failover in progress", "Memory leak in the worker"];
    private static readonly string[] s_impacts = ["low", "medium", "high"];

    public static IEnumerable<KeyValuePair<OperationKey, Func<OperationInput, JsonObject>>> All =>
    [
        new(new OperationKey("ops", "scan"), Scan),
        new(new OperationKey("ops", "diagnose"), Diagnose),
        new(new OperationKey("ops", "recommend"), Recommend),
        new(new OperationKey("ops", "apply"), Apply),
    ];

    private static JsonObject Scan(OperationInput input)
    {
        var scanType = input.String("scan_type", "security");
        var titles = s_scanTitles.TryGetValue(scanType, out var known) ? known : s_scanTitles["security"];
        return FindingsAnswer.Build(input, scanType + " scan", input.String("target", "the target"), titles);
    }

    private static JsonObject Diagnose(OperationInput input)
    {
        var subject = input.String("incident_id", "the reported symptoms");
        return FindingsAnswer.Build(input, "diagnosis", $"{subject}, last {input.Int("lookback_hours", 24)} h", s_causes);
    }

    private static JsonObject Recommend(OperationInput input)
    {
        var focus = input.String("focus", "reliability");
        var count = Math.Min(input.Int("max_recommendations", 10), 1 + input.Choose(3, salt: 3));
        var recommendations = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            recommendations.Add(new JsonObject
            {
                ["title"] = $"Improve {focus}: recommendation {i + 1}",
                ["impact"] = input.Pick(s_impacts, salt: 20 + i),
                ["changeset"] = new JsonObject { ["id"] = $"cs-{input.Fingerprint}-{i + 1}", ["focus"] = focus },
            });
        }

        return new JsonObject { ["recommendations"] = recommendations };
    }

    private static JsonObject Apply(OperationInput input)
    {
        var changeset = input.String("changeset_id", "unknown");
        var dryRun = input.Bool("dry_run", false);
        return new JsonObject
        {
            ["applied"] = !dryRun,
            ["changes"] = new JsonArray($"{(dryRun ? "would apply" : "applied")} changeset {changeset} (development module host: nothing real changed)"),
            ["rollback_id"] = $"rb-{input.Fingerprint}",
        };
    }
}
