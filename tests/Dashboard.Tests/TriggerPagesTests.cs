using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobForge.Dashboard.Tests;

/// <summary>Triggers in a real browser: create a cron trigger with the form, see its schedule and its decisions.</summary>
[Collection(DashboardCollection.Name)]
public sealed class TriggerPagesTests(DashboardFixture fixture)
{
    [Fact]
    public async Task CreatingACronTrigger_ShowsItsSchedule_TestNowRecordsADecision_AndEditingSavesIt()
    {
        var tenant = await fixture.SharedTenantAsync();
        var page = await fixture.SignedInAsync(tenant.OperatorKey, "#/triggers");
        await page.GetByRole(AriaRole.Link, new() { Name = "New trigger" }).ClickAsync();

        await page.GetByLabel("Cron expression").FillAsync("not a cron");
        await page.GetByLabel("Name").FillAsync("Nightly quick run");
        await page.GetByLabel("Target template").FillAsync(tenant.QuickTemplate);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create trigger" }).ClickAsync();
        await Expect(page.GetByTestId("form-problems")).ToContainTextAsync("$.cron_expression");

        await page.GetByLabel("Cron expression").FillAsync("30 3 * * *");
        await page.GetByLabel("Time zone (IANA)").FillAsync("Europe/Berlin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create trigger" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nightly quick run" })).ToBeVisibleAsync();
        await Expect(page.GetByText("every day at 03:30 (Europe/Berlin)")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("next-fire")).ToContainTextAsync("Europe/Berlin");
        await page.GetByText("Next fires").ClickAsync();
        await Expect(page.GetByTestId("next-fires").Locator("li")).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("next-fires").Locator("li").First).ToContainTextAsync("03:30 Europe/Berlin");

        await page.GetByRole(AriaRole.Button, new() { Name = "Test now" }).ClickAsync();

        var decisions = page.GetByTestId("decisions");
        await Expect(decisions.Locator("tbody tr[data-decision]")).ToHaveCountAsync(1);
        await Expect(decisions.Locator("tbody tr[data-decision]").First).ToContainTextAsync("yes");
        await DashboardFixture.ScreenshotAsync(page, "trigger");

        await page.GetByLabel("Name").FillAsync("Nightly quick run, dry");
        await page.GetByLabel("Dry run (record decisions only)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save trigger" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nightly quick run, dry" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Dry run (record decisions only)")).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "← Triggers" }).ClickAsync();
        await Expect(page.GetByTestId("triggers").GetByText("every day at 03:30 (Europe/Berlin)")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("triggers").GetByText("disabled · dry run")).ToBeVisibleAsync();
        await DashboardFixture.ScreenshotAsync(page, "triggers");
        await page.Context.CloseAsync();
    }
}
