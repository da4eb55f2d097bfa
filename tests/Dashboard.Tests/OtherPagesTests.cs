using System.Text.Json.Nodes;
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

    [Fact]
    public async Task EventsPage_MasksProtectedFields_UnlessTheKeyHasEventsPii()
    {
        var tenant = await fixture.SharedTenantAsync();
        var writer = await fixture.KeyAsync(tenant.Id, "events:write");
        var withPii = await fixture.KeyAsync(tenant.Id, "events:read", "events:pii");
        using (var client = fixture.NewClient(writer))
        {
            await client.Events.SubmitAsync(new JsonObject
            {
                ["tenant_id"] = tenant.Id, ["event_type"] = "dashboard.pii_check", ["source_app"] = "settler", ["source_module"] = "ops",
                ["payload"] = new JsonObject { ["severity"] = "warning", ["customer"] = new JsonObject { ["email"] = "ops@acme.test" } },
                ["contains_pii"] = true,
                ["redaction_hints"] = new JsonObject { ["encrypt_fields"] = new JsonArray("customer") },
            });
        }

        var masked = await fixture.SignedInAsync(tenant.OperatorKey, "#/events");
        var row = masked.GetByTestId("events").Locator("tbody tr").Filter(new() { HasText = "dashboard.pii_check" });
        await row.Locator("summary").ClickAsync();
        await Expect(row.Locator("pre")).ToContainTextAsync("warning");
        await Expect(row.Locator("pre")).Not.ToContainTextAsync("ops@acme.test");
        await DashboardFixture.ScreenshotAsync(masked, "events");
        await masked.Context.CloseAsync();

        var clear = await fixture.SignedInAsync(withPii, "#/events");
        var clearRow = clear.GetByTestId("events").Locator("tbody tr").Filter(new() { HasText = "dashboard.pii_check" });
        await clearRow.Locator("summary").ClickAsync();
        await Expect(clearRow.Locator("pre")).ToContainTextAsync("ops@acme.test");
        await clear.Context.CloseAsync();
    }
}
