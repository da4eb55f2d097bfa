namespace JobForge.Cli.Commands.Templates;

/// <summary>What <c>templates export-github --json</c> prints: the key and the workflow YAML as a string.</summary>
internal sealed record GitHubWorkflowExport(string TemplateKey, string Workflow);
