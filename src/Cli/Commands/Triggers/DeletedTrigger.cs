namespace JobForge.Cli.Commands.Triggers;

/// <summary>What <c>triggers delete --json</c> prints: <c>{"id": …, "deleted": true}</c> (the API answers 204 without a body).</summary>
internal sealed record DeletedTrigger(string Id, bool Deleted);
