using System.Text.Json.Nodes;

namespace JobForge.DevModules.Operations;

/// <summary>The <c>finops</c> module: reconcile, anomaly_scan, churn_risk_report.</summary>
internal static class FinopsOperations
{
    private static readonly string[] s_anomalies = ["Egress cost spike", "New unbudgeted resource group", "Reserved instance unused", "Log ingestion doubled"];

    public static IEnumerable<KeyValuePair<OperationKey, Func<OperationInput, JsonObject>>> All =>
    [
        new(new OperationKey("finops", "reconcile"), Reconcile),
        new(new OperationKey("finops", "anomaly_scan"), AnomalyScan),
        new(new OperationKey("finops", "churn_risk_report"), ChurnRiskReport),
    ];

    private static JsonObject Reconcile(OperationInput input)
    {
        var accounts = input.Strings("accounts");
        var names = accounts.Count > 0 ? accounts : ["acct-default"];
        var mismatches = new JsonArray();
        var total = 0.0;
        for (var i = 0; i < names.Count; i++)
        {
            if (input.Choose(3, salt: 10 + i) != 0)
            {
                continue;
            }

            var variance = (10 + input.Choose(990, salt: 30 + i)) / 10.0;
            total += variance;
            mismatches.Add(new JsonObject { ["account"] = names[i], ["period"] = input.String("period", ""), ["variance"] = variance });
        }

        return new JsonObject { ["matched"] = names.Count - mismatches.Count, ["mismatches"] = mismatches, ["total_variance"] = Math.Round(total, 2) };
    }

    private static JsonObject AnomalyScan(OperationInput input) =>
        FindingsAnswer.Build(input, "anomaly scan", $"the last {input.String("time_range", "7d")} above {input.Number("threshold_pct", 20)}%", s_anomalies);

    private static JsonObject ChurnRiskReport(OperationInput input)
    {
        var minimum = Math.Clamp(input.Number("min_risk_score", 0.7), 0, 1);
        var count = Math.Min(input.Int("limit", 100), 1 + input.Choose(3, salt: 1));
        var customers = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var score = Math.Round(minimum + ((1 - minimum) * input.Fraction(salt: 10 + i)), 2);
            customers.Add(new JsonObject
            {
                ["customer_id"] = $"cust-{input.Fingerprint}-{i + 1}",
                ["risk_score"] = Math.Min(1, score),
                ["reasons"] = new JsonArray("usage down 40% in 30 days", $"segment {input.String("segment", "all")}"),
            });
        }

        return new JsonObject { ["customers"] = customers };
    }
}
