using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobForge.Dashboard.Tests;

/// <summary>The templates, events, audit and health pages render for a key that may see them.</summary>
[Collection(DashboardCollection.Name)]
public sealed class OtherPagesTests(DashboardFixture fixture)
{
    [Fact]
    public async Task TemplatesEventsAuditAndHealth_Render()
    {
        var tenant = await fixture.SharedTenantAsync();
        var page = await fixture.SignedInAsync(tenant.OperatorKey, "#/templates");
        await Expect(page.GetByTestId("templates").Locator($"tr[data-template-key='{tenant.QuickTemplate}']")).ToContainTextAsync("enabled");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Contract of {tenant.QuickTemplate}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "GitHub Actions export" })).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "templates");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await Expect(page.GetByTestId("audit")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Events" }).ClickAsync();
        await Expect(page.GetByTestId("events")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Health" }).ClickAsync();
        await Expect(page.GetByTestId("health-status")).ToHaveTextAsync("healthy");
        await Expect(page.GetByTestId("queue-depth")).ToHaveCountAsync(0); // engine counters are for admin keys
        await page.Context.CloseAsync();

        var operatorPage = await fixture.SignedInAsync(DashboardFixture.BootstrapKey, "#/health");
        await Expect(operatorPage.GetByTestId("queue-depth")).ToHaveTextAsync(new Regex("^[0-9]+$"));
        await Expect(operatorPage.GetByRole(AriaRole.Table, new() { Name = "Flags" })).ToContainTextAsync("REPLAY_PACK_ENABLED");
        await DashboardFixture.ScreenshotAsync(operatorPage, "health");
        await operatorPage.Context.CloseAsync();
    }
}
