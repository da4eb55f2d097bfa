using JobForge.DevModules;
using JobForge.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobForge.Server.Tests.Templates;

/// <summary>
/// The development module host on 127.0.0.1:0 and the whole server with the run engine on, every module pointed at
/// the host as <c>scripts/run-local</c> configures it (one signing secret, loopback allowed for modules only).
/// </summary>
public sealed class DevModulesRunServer : Jobs.JobsTestServer, IAsyncLifetime
{
    public const string ModuleSecret = "dev-modules-e2e-signing-secret-0123456789";

    private static readonly string[] s_modules = ["ops", "support", "growth", "finops"];

    private readonly Dictionary<string, string?> _settings;
    private WebApplication? _modules;

    public DevModulesRunServer()
        : this(new Dictionary<string, string?>
        {
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Steps:Http:AllowPrivateNetworks"] = "true",
            ["JobForge:Artifacts:ContainerName"] = UniqueNames.Next("artifacts"),
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1", // evidence (step outputs among it) is recorded with manifests on, as run-local has it
        })
    {
    }

    private DevModulesRunServer(Dictionary<string, string?> settings)
        : base(settings) => _settings = settings;

    async Task IAsyncLifetime.InitializeAsync()
    {
        _modules = DevModuleHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DevModules:SigningSecret"] = ModuleSecret }));
        await _modules.StartAsync();
        var address = _modules.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        foreach (var module in s_modules)
        {
            _settings[$"JobForge:Modules:{module}:BaseUrl"] = $"{address}/{module}";
            _settings[$"JobForge:Modules:{module}:SigningSecret"] = ModuleSecret;
        }

        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_modules is not null)
        {
            await _modules.StopAsync();
            await _modules.DisposeAsync();
        }
    }
}
