namespace JobForge.Functions.Tests.Runs;

/// <summary>Task hub names: alphanumeric (the Azure Storage backend names queues, tables and containers after them), unique per use.</summary>
public static class TaskHubNames
{
    /// <summary>A new hub name starting with <paramref name="prefix"/> (letters only), at most 30 characters.</summary>
    public static string Next(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];
}
