using System.ComponentModel;
using System.Text.Json.Nodes;
using JobForge.Cli.Configuration;
using JobForge.Cli.Input;
using JobForge.Cli.Output;
using JobForge.Cli.Rendering;
using Spectre.Console.Cli;

namespace JobForge.Cli.Commands.Events;

/// <summary><c>jobforge events send</c>: ingest an event from a JSON file, standard input, or options.</summary>
internal sealed class EventsSendCommand(CliRuntime runtime) : ApiCommand<EventsSendCommand.Settings>(runtime)
{
    internal sealed class Settings : TenantSettings
    {
        [CommandOption("-f|--file <FILE>")]
        [Description("The event JSON object ('-' for standard input; piped input is read too). Options below fill or override its fields.")]
        public string? File { get; init; }

        [CommandOption("--type <EVENT_TYPE>")]
        [Description("event_type, e.g. ops.alert.")]
        public string? Type { get; init; }

        [CommandOption("--source <SOURCE_APP>")]
        [Description("source_app.")]
        public string? Source { get; init; }

        [CommandOption("--module <SOURCE_MODULE>")]
        [Description("source_module (ops, support, growth, finops).")]
        public string? Module { get; init; }

        [CommandOption("--payload <JSON>")]
        [Description("payload as a JSON object.")]
        public string? Payload { get; init; }

        [CommandOption("--idempotency-key <KEY>")]
        [Description("A repeat with the same key is answered as a duplicate.")]
        public string? IdempotencyKey { get; init; }
    }

    protected override async Task<int> RunAsync(ApiCall<Settings> call, CancellationToken cancellationToken)
    {
        var s = call.Settings;
        var body = JsonInput.ReadObject(Runtime, s.File) ?? new JsonObject();
        Set(body, "event_type", s.Type);
        Set(body, "source_app", s.Source);
        Set(body, "source_module", s.Module);
        if (s.Payload is not null)
        {
            body["payload"] = JsonInput.ParseObject(s.Payload, "--payload");
        }

        if (!body.ContainsKey("tenant_id"))
        {
            body["tenant_id"] = call.RequireTenant();
        }

        var receipt = await call.Client.Events.SubmitAsync(body, s.IdempotencyKey, cancellationToken);
        if (s.Json)
        {
            Console.WriteJson(receipt, CliJsonContext.Default.EventReceipt);
        }
        else
        {
            Console.Out.Write(CliTable.Fields(("event_id", receipt.EventId), ("duplicate", receipt.Duplicate ? "yes" : "no"),
                ("received_at", Durations.Time(receipt.ReceivedAt)), ("trace_id", receipt.TraceId)));
        }

        return ExitCodes.Success;
    }

    private static void Set(JsonObject body, string name, string? value)
    {
        if (value is not null)
        {
            body[name] = value;
        }
    }
}
