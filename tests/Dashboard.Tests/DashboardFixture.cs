using JobForge.Client;
using JobForge.Server.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobForge.Dashboard.Tests;

/// <summary>
/// One JobForge server (real Kestrel on 127.0.0.1:0, Azurite with its own tables, the run engine on, streams polling
/// fast) and one headless Debian Chromium driven by Playwright, shared by every dashboard test. Each test gets its own
/// browser context, so session storage (the signed-in key) never leaks between tests.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string BootstrapKey = "bootstrap-key-for-dashboard-tests-0123456789abcdef";

    /// <summary>Debian's Chromium (scripts/chromium-install); JOBFORGE_CHROMIUM overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("JOBFORGE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private Task<(string Quick, string Approval)>? _templates;
    private Task<DashboardTenant>? _shared;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: run scripts/chromium-install (Debian: apt-get install chromium).");
        }

        var azurite = await AzuriteInstance.Shared;
        var settings = new Dictionary<string, string?>
        {
            ["JobForge:Storage:ConnectionString"] = azurite.ConnectionString,
            ["JobForge:Auth:BootstrapKey"] = BootstrapKey,
            ["JobForge:Auth:TableName"] = UniqueNames.Next("keys"),
            ["JobForge:EventStore:EventsTableName"] = UniqueNames.Next("events"),
            ["JobForge:EventStore:TenantsTableName"] = UniqueNames.Next("tenants"),
            ["JobForge:EventStore:BlobContainerName"] = UniqueNames.Next("docs"),
            ["JobForge:Audit:TableName"] = UniqueNames.Next("audit"),
            ["JobForge:RateLimits:TableName"] = UniqueNames.Next("limits"),
            ["JobForge:Templates:TableName"] = UniqueNames.Next("templates"),
            ["JobForge:Templates:EnablementTableName"] = UniqueNames.Next("switches"),
            ["JobForge:Runs:TableName"] = UniqueNames.Next("runs"),
            ["JobForge:Policy:RevocationsTableName"] = UniqueNames.Next("revocations"),
            ["JobForge:Artifacts:ContainerName"] = UniqueNames.Next("artifacts"),
            ["JobForge:Triggers:TableName"] = UniqueNames.Next("triggers"),
            ["JobForge:Triggers:StateTableName"] = UniqueNames.Next("trgstate"),
            ["JobForge:Triggers:DecisionsTableName"] = UniqueNames.Next("trgdecisions"),
            ["JobForge:Triggers:Scheduler:Enabled"] = "false",
            ["JobForge:Modules:ops:BaseUrl"] = "http://127.0.0.1:9",
            ["JobForge:Modules:ops:SigningSecret"] = "ops-signing-secret-for-tests",
            ["JobForge:Events:Encryption:ActiveKeyId"] = "k1",
            ["JobForge:Events:Encryption:Keys:k1"] = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            ["JOBFORGE_POLICY_TOKEN_SECRET"] = "dashboard-policy-secret-0123456789abcdef",
            ["JOBFORGE_EVENTS_ENABLED"] = "1",
            ["JOBFORGE_TRIGGERS_ENABLED"] = "1",
            ["JOBFORGE_AUDIT_LOGGING_ENABLED"] = "1",
            ["JOBFORGE_AUTOPILOT_JOBS_ENABLED"] = "1",
            ["JOBFORGE_MANIFESTS_ENABLED"] = "1",
            ["REPLAY_PACK_ENABLED"] = "1",
            ["JobForge:Engine:Enabled"] = "true",
            ["JobForge:Engine:LeaseDuration"] = "00:00:03",
            ["JobForge:Engine:RecoveryInterval"] = "00:00:00.5",
            ["JobForge:Streams:PollInterval"] = "00:00:00.1",
            ["JobForge:Streams:TenantPollInterval"] = "00:00:00.2",
        };
        _app = JobForgeServer.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"],
            builder => builder.Configuration.AddInMemoryCollection(settings));
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context (own session storage) and page at a laptop-sized viewport.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 850 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        return page;
    }

    /// <summary>Opens the dashboard and signs in with <paramref name="apiKey"/>; returns when the navigation shows.</summary>
    public async Task<IPage> SignedInAsync(string apiKey, string hash = "#/runs")
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/" + hash);
        await page.GetByLabel("API key").FillAsync(apiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToBeVisibleAsync();
        return page;
    }

    public JobForgeClient Client(string apiKey) => JobForgeClient.Create(new JobForgeClientOptions { BaseAddress = Address, ApiKey = apiKey, PollInterval = TimeSpan.FromMilliseconds(200) });

    public static string NewTenant() => UniqueNames.Next("tenant");

    public async Task<string> KeyAsync(string tenant, params string[] scopes)
    {
        using var admin = Client(BootstrapKey);
        return (await admin.ApiKeys.CreateAsync("dashboard test", tenant, scopes)).ApiKey;
    }

    /// <summary>The two test templates, registered once for the whole run: (quick, approval) keys.</summary>
    public Task<(string Quick, string Approval)> TemplatesAsync() => _templates ??= RegisterTemplatesAsync();

    /// <summary>A tenant shared by the tests that do not need one of their own (created once).</summary>
    internal Task<DashboardTenant> SharedTenantAsync() => _shared ??= DashboardTenant.CreateAsync(this);

    private async Task<(string Quick, string Approval)> RegisterTemplatesAsync()
    {
        var quick = "dash." + UniqueNames.Next("quick").Replace("-", "_", StringComparison.Ordinal);
        var approval = "dash." + UniqueNames.Next("approval").Replace("-", "_", StringComparison.Ordinal);
        using var admin = Client(BootstrapKey);
        await Task.WhenAll(admin.Templates.PutAsync(quick, Templates.Quick(quick)), admin.Templates.PutAsync(approval, Templates.Approval(approval)));
        return (quick, approval);
    }

    /// <summary>Saves a screenshot of <paramref name="page"/> as docs/screenshots/<paramref name="name"/>.png.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "docs", "screenshots", name + ".png"), FullPage = false });
}
