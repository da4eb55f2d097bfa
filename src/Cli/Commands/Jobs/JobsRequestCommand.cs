using System.ComponentModel;
using JobForge.Cli.Configuration;
using JobForge.Cli.Input;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using JobForge.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Jobs;

/// <summary><c>jobforge jobs request TEMPLATE</c>: request a run (or a dry run), optionally watching it to the end.</summary>
internal sealed class JobsRequestCommand(CliRuntime runtime) : ApiCommand<JobsRequestCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandArgument(0, "<TEMPLATE>")]
        [Description("The template key, e.g. autopilot.ops.scan.")]
        public string Template { get; init; } = string.Empty;

        [CommandOption("-i|--input <NAME=VALUE>")]
        [Description("One input, repeatable; VALUE is read as JSON when it parses (7, true, {\"a\":1}), else as text.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("-f|--inputs-file <FILE>")]
        [Description("The inputs as a JSON object from a file, or '-' for standard input; --input values override it.")]
        public string? InputsFile { get; init; }

        [CommandOption("--project <PROJECT>")]
        public string? Project { get; init; }

        [CommandOption("--actor <ACTOR>")]
        public string? Actor { get; init; }

        [CommandOption("--idempotency-key <KEY>")]
        [Description("A repeat with the same key returns the original run.")]
        public string? IdempotencyKey { get; init; }

        [CommandOption("--policy-token <TOKEN>")]
        [Description("The policy token an action job needs (else JOBFORGE_POLICY_TOKEN).")]
        public string? PolicyToken { get; init; }

        [CommandOption("--dry-run")]
        [Description("Validate and plan only: show what would run.")]
        public bool DryRun { get; init; }

        [CommandOption("-w|--watch")]
        [Description("Watch the run live until it ends (exit code as for 'jobs watch').")]
        public bool Watch { get; init; }

        public override ValidationResult Validate() =>
            DryRun && Watch ? ValidationResult.Error("--dry-run and --watch cannot be combined: a dry run starts no run.") : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var inputs = s.InputsFile is null ? new System.Text.Json.Nodes.JsonObject() : JsonInput.ReadObject(Runtime, s.InputsFile)!;
        foreach (var (name, value) in JsonInput.Pairs(s.Inputs, "--input"))
        {
            inputs[name] = value?.DeepClone();
        }

        var request = new JobRequest(call.RequireTenant(), s.Template)
        {
            Inputs = inputs, ProjectId = s.Project, ActorId = s.Actor, IdempotencyKey = s.IdempotencyKey,
            PolicyToken = s.PolicyToken ?? Runtime.Environment("JOBFORGE_POLICY_TOKEN"),
        };
        if (s.DryRun)
        {
            var plan = await call.Client.Jobs.DryRunAsync(request, cancellationToken);
            if (s.Json)
            {
                Console.WriteJson(plan, CliJsonContext.Default.JobDryRun);
                return ExitCodes.Success;
            }

            Console.Out.WriteLine($"Dry run of {plan.TemplateKey}@{plan.TemplateVersion}: {(plan.WouldExecute ? "would run" : "would not run")}");
            var table = CliTable.Create("Step", "Uses", "Depends on");
            foreach (var step in plan.Plan)
            {
                table.Row(step.Id, step.Uses, string.Join(", ", step.DependsOn));
            }

            Console.Out.Write(table);
            return ExitCodes.Success;
        }

        var accepted = await call.Client.Jobs.RequestAsync(request, cancellationToken);
        if (s.Json && !s.Watch)
        {
            Console.WriteJson(accepted, CliJsonContext.Default.JobAccepted);
            return ExitCodes.Success;
        }

        if (!s.Json)
        {
            Console.Out.Write(CliTable.Fields(("run_id", accepted.RunId), ("status", accepted.Status), ("trace_id", accepted.TraceId)));
        }

        if (!s.Watch)
        {
            Console.Out.WriteLine($"Watch it: jobforge jobs watch {accepted.RunId}");
            return ExitCodes.Success;
        }

        return await new RunWatcher(Console, call.Client).WatchAsync(accepted.RunId, call.Tenant, s.Json, cancellationToken);
    }
}
