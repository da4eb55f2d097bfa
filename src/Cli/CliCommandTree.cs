using JobForge.Cli.Commands.Events;
using JobForge.Cli.Commands.Jobs;
using JobForge.Cli.Commands.Keys;
using JobForge.Cli.Commands.Mcp;
using JobForge.Cli.Commands.Profiles;
using JobForge.Cli.Commands.Runs;
using JobForge.Cli.Commands.Server;
using JobForge.Cli.Commands.Templates;
using JobForge.Cli.Commands.Tokens;
using JobForge.Cli.Commands.Triggers;
using Spectre.Console.Cli;

namespace JobForge.Cli;

/// <summary>The command tree: one branch per API area, mirroring the routes (README "CLI").</summary>
internal static class CliCommandTree
{
    public static void Add(IConfigurator config)
    {
        config.AddBranch("events", events =>
        {
            events.SetDescription("Send and list events.");
            events.AddCommand<EventsSendCommand>("send").WithDescription("Ingest an event (JSON file, standard input, or options).")
                .WithExample("events", "send", "--tenant", "acme", "--type", "ops.alert", "--source", "settler", "--payload", "{\"severity\":\"warning\"}");
            events.AddCommand<EventsListCommand>("list").WithDescription("List a tenant's events, newest first.");
        });
        config.AddBranch("jobs", jobs =>
        {
            jobs.SetDescription("Request, read, list, watch and decide runs.");
            jobs.AddCommand<JobsRequestCommand>("request").WithDescription("Request a run of a template (or --dry-run; --watch to follow it).")
                .WithExample("jobs", "request", "autopilot.ops.scan", "--tenant", "acme", "--input", "target=vm-1", "--watch");
            jobs.AddCommand<JobsGetCommand>("get").WithDescription("Show a run with its steps.");
            jobs.AddCommand<JobsListCommand>("list").WithDescription("List a tenant's runs.");
            jobs.AddCommand<JobsWatchCommand>("watch").WithDescription("Follow a run live until it ends; exit 0 only if it succeeded.");
            jobs.AddCommand<JobsApproveCommand>("approve").WithDescription("Approve a run waiting for approval.");
            jobs.AddCommand<JobsRejectCommand>("reject").WithDescription("Reject a run waiting for approval.");
            jobs.AddCommand<JobsCancelCommand>("cancel").WithDescription("Cancel an unfinished run (--rollback compensates).");
            jobs.AddCommand<JobsRollbackCommand>("rollback").WithDescription("Roll back a succeeded run.");
        });
        config.AddBranch("runs", runs =>
        {
            runs.SetDescription("A run's evidence: manifest, artifacts, replay.");
            runs.AddCommand<RunsManifestCommand>("manifest").WithDescription("The run manifest (--output table|json|markdown).");
            runs.AddCommand<RunsArtifactsCommand>("artifacts").WithDescription("List a run's artifacts, or fetch one with --name.");
            runs.AddCommand<RunsReplayCommand>("replay").WithDescription("Replay a run as a dry run and compare (exit 1 if it differs); --bundle, --import.");
        });
        config.AddBranch("templates", templates =>
        {
            templates.SetDescription("Job templates: list, read, switch, register, export.");
            templates.AddCommand<TemplatesListCommand>("list").WithDescription("The tenant's templates with their enabled state.");
            templates.AddCommand<TemplatesGetCommand>("get").WithDescription("A template's document (JSON).");
            templates.AddCommand<TemplatesEnableCommand>("enable").WithDescription("Enable a template for the tenant.");
            templates.AddCommand<TemplatesDisableCommand>("disable").WithDescription("Disable a template for the tenant.");
            templates.AddCommand<TemplatesPutCommand>("put").WithDescription("Register a YAML or JSON job contract (new version).");
            templates.AddCommand<TemplatesExportGitHubCommand>("export-github").WithDescription("The template as a GitHub Actions workflow.");
        });
        config.AddBranch("triggers", triggers =>
        {
            triggers.SetDescription("Cron and event triggers.");
            triggers.AddCommand<TriggersListCommand>("list").WithDescription("The tenant's triggers.");
            triggers.AddCommand<TriggersCreateCommand>("create").WithDescription("Create a trigger from JSON.");
            triggers.AddCommand<TriggersGetCommand>("get").WithDescription("One trigger.");
            triggers.AddCommand<TriggersUpdateCommand>("update").WithDescription("Change a trigger's fields (--file or --set; --if-match).");
            triggers.AddCommand<TriggersDeleteCommand>("delete").WithDescription("Delete a trigger.");
            triggers.AddCommand<TriggersDecisionsCommand>("decisions").WithDescription("A trigger's decisions with reasons.");
            triggers.AddCommand<TriggersTestCommand>("test").WithDescription("Evaluate a trigger now as a dry run.");
        });
        config.AddBranch("tokens", tokens =>
        {
            tokens.SetDescription("Policy tokens for action jobs.");
            tokens.AddCommand<TokensMintCommand>("mint").WithDescription("Mint a signed policy token.");
            tokens.AddCommand<TokensValidateCommand>("validate").WithDescription("Check a token against an action (exit 1 if denied).");
            tokens.AddCommand<TokensRevokeCommand>("revoke").WithDescription("Revoke a token by its jti.");
        });
        config.AddBranch("keys", keys =>
        {
            keys.SetDescription("API keys (scope admin).");
            keys.AddCommand<KeysCreateCommand>("create").WithDescription("Create a key; it is shown once.");
            keys.AddCommand<KeysListCommand>("list").WithDescription("List keys (never their secrets).");
            keys.AddCommand<KeysRevokeCommand>("revoke").WithDescription("Revoke a key.");
        });
        config.AddCommand<HealthCommand>("health").WithDescription("The server's health (anonymous; exit 1 unless healthy).");
        config.AddCommand<FlagsCommand>("flags").WithDescription("The feature flags as the server reads them.");
        config.AddBranch("profile", profile =>
        {
            profile.SetDescription("Connection profiles in the user's config directory (keys are never printed).");
            profile.AddCommand<ProfileSetCommand>("set").WithDescription("Create or change a profile.")
                .WithExample("profile", "set", "--url", "http://localhost:7071", "--api-key-stdin", "--tenant", "acme");
            profile.AddCommand<ProfileShowCommand>("show").WithDescription("Show a profile (the key only as set or not).");
            profile.AddCommand<ProfileListCommand>("list").WithDescription("List profiles.");
            profile.AddCommand<ProfileDeleteCommand>("delete").WithDescription("Delete a profile.");
        });
        config.AddCommand<McpCommand>("mcp").WithDescription("Serve the JobForge MCP tools over stdio for local agents (standard output is the protocol).");
    }
}
