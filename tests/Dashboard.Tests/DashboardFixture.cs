using JobForge.Server.Hosting;
using JobForge.TestKit;
using JobForge.TestKit.Hosting;
using JobForge.TestKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace JobForge.Dashboard.Tests;

/// <summary>
/// One JobForge server (<see cref="JobForgeTestServer"/>: real Kestrel on 127.0.0.1:0, Azurite with its own tables, the
/// run engine on, streams polling fast, triggers on but the scheduler off) and one headless Debian Chromium driven by
/// Playwright, shared by every dashboard test. Each test gets its own browser context, so session storage (the signed-in
/// key) never leaks between tests.
/// </summary>
public sealed class DashboardFixture() : JobForgeTestServer(BootstrapKey, "dashboard test", JobForgeServer.Build)
{
    public const string BootstrapKey = "bootstrap-key-for-dashboard-tests-0123456789abcdef";

    /// <summary>Debian's Chromium (scripts/chromium-install); JOBFORGE_CHROMIUM overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("JOBFORGE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private Task<(string Quick, string Approval)>? _templates;
    private Task<DashboardTenant>? _shared;

    /// <summary>A <c>${{ secrets.DASH_LEAK_TOKEN }}</c> value the leak scan looks for on every page.</summary>
    public const string StepSecret = "dashboard-leak-canary-step-secret-6a2f9c1e";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Everything the server logged (Information and up).</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    public override async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: run scripts/chromium-install (Debian: apt-get install chromium).");
        }

        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    protected override void Configure(IDictionary<string, string?> settings)
    {
        Add(settings, UnreachableOpsModule);
        Add(settings, EventEncryption);
        new UniqueStorageSettings(settings).WithTriggerStores();
        settings["JobForge:Triggers:Scheduler:Enabled"] = "false";
        settings["JOBFORGE_POLICY_TOKEN_SECRET"] = "dashboard-policy-secret-0123456789abcdef";
        settings["JOBFORGE_TRIGGERS_ENABLED"] = "1";
        settings["REPLAY_PACK_ENABLED"] = "1";
        settings["JobForge:Streams:TenantPollInterval"] = "00:00:00.2";
        settings["JobForge:Secrets:DASH_LEAK_TOKEN"] = StepSecret;
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);

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

    /// <summary>The two test templates, registered once for the whole run: (quick, approval) keys.</summary>
    public Task<(string Quick, string Approval)> TemplatesAsync() => _templates ??= RegisterTemplatesAsync();

    /// <summary>A tenant shared by the tests that do not need one of their own (created once).</summary>
    internal Task<DashboardTenant> SharedTenantAsync() => _shared ??= DashboardTenant.CreateAsync(this);

    private async Task<(string Quick, string Approval)> RegisterTemplatesAsync()
    {
        var quick = "dash." + UniqueNames.Next("quick").Replace("-", "_", StringComparison.Ordinal);
        var approval = "dash." + UniqueNames.Next("approval").Replace("-", "_", StringComparison.Ordinal);
        using var admin = Admin();
        await Task.WhenAll(admin.Templates.PutAsync(quick, Templates.Quick(quick)), admin.Templates.PutAsync(approval, Templates.Approval(approval)));
        return (quick, approval);
    }

    /// <summary>Saves a screenshot of <paramref name="page"/> as docs/screenshots/<paramref name="name"/>.png.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Root, "docs", "screenshots", name + ".png"), FullPage = false });
}
