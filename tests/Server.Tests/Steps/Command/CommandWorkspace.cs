using System.Text;
using System.Text.Json;
using JobForge.Domain.Steps;
using JobForge.Application.Flags;
using JobForge.Application.Steps;
using JobForge.Application.Steps.Handlers.Command;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobForge.Server.Tests.Steps.Command;

/// <summary>
/// A throwaway workspace root with <c>/bin/sh</c> allow-listed as <c>sh</c> and a <c>ws</c> directory for scripts,
/// and a handler over it, sandboxed with bubblewrap (the default; <c>scripts/sandbox-install</c> installs it). Deleted on dispose.
/// </summary>
internal sealed class CommandWorkspace : IDisposable
{
    public CommandWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "jf-cmd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "ws"));
        Options.AllowedExecutables["sh"] = "/bin/sh";
        Options.AllowedExecutables["ghost"] = "/nonexistent/jobforge/ghost";
        Options.AllowedEnvironment = ["GREETING", "TOKEN", "V*", "JOBFORGE_*"];
    }

    public string Root { get; }

    public string Workspace => Path.Combine(Root, "ws");

    public CommandStepOptions Options { get; } = new();

    public VerifyPackOptions Pack { get; } = new();

    public bool VerifyPackEnabled { get; set; } = true;

    public TimeProvider Time { get; set; } = TimeProvider.System;

    public KnownSecrets Secrets { get; set; } = KnownSecrets.None;

    public CommandStepHandler Handler()
    {
        Options.WorkspaceRoot = Root;
        var flags = new FeatureFlagsReader(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [FeatureFlagNames.VerifyPack] = VerifyPackEnabled ? "1" : "0" })
            .Build());
        return new CommandStepHandler(
            Microsoft.Extensions.Options.Options.Create(Options), Microsoft.Extensions.Options.Options.Create(Pack), flags, Time,
            NullLogger<CommandStepHandler>.Instance, Secrets);
    }

    public string Script(string name, string body)
    {
        var path = Path.Combine(Workspace, name);
        File.WriteAllText(path, body.ReplaceLineEndings("\n"));
        return path;
    }

    public void Stage(string stage, string body)
    {
        Script(stage + ".sh", body);
        Pack.Stages[stage] = new VerifyPackStageOptions { Executable = "sh", Args = [stage + ".sh"] };
    }

    public static StepContext Context(string with, TimeSpan? timeout = null, IReadOnlyCollection<string>? secrets = null) =>
        new("tenant-a", "run-1", "build", 1, JsonDocument.Parse(with).RootElement.Clone())
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(20),
            SecretValues = secrets ?? [],
        };

    public static string Log(StepHandlerResult result) => Encoding.UTF8.GetString(Assert.Single(result.Artifacts).Content.Span);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
