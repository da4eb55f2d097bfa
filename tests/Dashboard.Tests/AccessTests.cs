using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobForge.Dashboard.Tests;

/// <summary>The dashboard shows only what the key may see and do, and refuses a wrong key.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AccessTests(DashboardFixture fixture)
{
    [Fact]
    public async Task SignIn_WithAWrongKey_IsRefused_AndKeepsNoKey()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await DashboardFixture.ScreenshotAsync(page, "sign-in");

        await page.GetByLabel("API key").FillAsync("jf_0123456789abcdef_" + new string('x', 43));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("refused");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToBeHiddenAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('jobforge.apiKey')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task KeyStaysInSessionStorage_NeverInLocalStorageOrTheUrl_AndPagesCarryAStrictPolicy()
    {
        var tenant = await fixture.SharedTenantAsync();
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/");
        var policy = await response!.HeaderValueAsync("content-security-policy");

        await page.GetByLabel("API key").FillAsync(tenant.OperatorKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByTestId("who")).ToContainTextAsync("tenant " + tenant.Id);

        Assert.Equal(tenant.OperatorKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('jobforge.apiKey')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.DoesNotContain(tenant.OperatorKey, page.Url, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AKeyWithoutActionScopes_SeesTheRun_ButNoActionButtons()
    {
        var tenant = await fixture.SharedTenantAsync();
        var runId = await tenant.RequestAsync(fixture, tenant.ApprovalTemplate);
        var readOnly = await fixture.KeyAsync(tenant.Id, "jobs:read");

        var page = await fixture.SignedInAsync(readOnly, $"#/runs/{runId}");

        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("awaiting approval");
        await Expect(page.GetByTestId("timeline").Locator("li[data-step-id='ask']")).ToBeVisibleAsync();
        await Expect(page.Locator("button[data-action]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ATenantKey_SeesOnlyItsTenantsRuns_AndAnotherTenantsRunIsNotFound()
    {
        var mine = await DashboardTenant.CreateAsync(fixture);
        var theirs = await fixture.SharedTenantAsync();
        var myRun = await mine.CompletedRunAsync(fixture, mine.QuickTemplate);
        var theirRun = await theirs.CompletedRunAsync(fixture, theirs.QuickTemplate);

        var page = await fixture.SignedInAsync(mine.OperatorKey);
        var all = page.GetByTestId("all-runs");
        await Expect(all.Locator($"tr[data-run-id='{myRun}']")).ToBeVisibleAsync();
        await Expect(all.Locator($"tr[data-run-id='{theirRun}']")).ToHaveCountAsync(0);
        await Expect(all.Locator("tbody tr")).ToHaveCountAsync(1);

        await page.GotoAsync($"/#/runs/{theirRun}");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not_found");
        await Expect(page.GetByTestId("run-id")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
