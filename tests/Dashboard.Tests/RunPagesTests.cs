using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobForge.Dashboard.Tests;

/// <summary>The runs list and run detail in a real browser: live updates, the timeline, approve, cancel, dry-run replay.</summary>
[Collection(DashboardCollection.Name)]
public sealed class RunPagesTests(DashboardFixture fixture)
{
    [Fact]
    public async Task RunsPage_ShowsANewRunLive_AndApprovingItFromItsTimelineFinishesIt()
    {
        var tenant = await fixture.SharedTenantAsync();
        var page = await fixture.SignedInAsync(tenant.OperatorKey);
        await Expect(page.GetByTestId("stream-state")).ToHaveTextAsync("● live");

        var runId = await tenant.RequestAsync(fixture, tenant.ApprovalTemplate);

        var liveRow = page.GetByTestId("live-runs").Locator($"tr[data-run-id='{runId}']");
        await Expect(liveRow).ToHaveAttributeAsync("data-status", "awaiting_approval");
        await DashboardFixture.ScreenshotAsync(page, "runs");

        await liveRow.GetByRole(AriaRole.Link, new() { Name = runId }).ClickAsync();
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("awaiting approval");
        var timeline = page.GetByTestId("timeline");
        await Expect(timeline.Locator("li[data-step-id='plan']")).ToHaveAttributeAsync("data-status", "succeeded");
        await Expect(timeline.Locator("li[data-step-id='ask']")).ToHaveAttributeAsync("data-status", "awaiting_approval");
        await DashboardFixture.ScreenshotAsync(page, "run-awaiting-approval");

        await page.GetByLabel("Comment (optional)").FillAsync("looks right");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("succeeded");
        await Expect(timeline.Locator("li[data-step-id='apply']")).ToHaveAttributeAsync("data-status", "succeeded");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "← Runs" }).ClickAsync();
        await Expect(page.GetByTestId("all-runs").Locator($"tr[data-run-id='{runId}']")).ToHaveAttributeAsync("data-status", "succeeded");
        await Expect(page.GetByTestId("status-counts").Locator("div[data-status='succeeded'] dd")).ToHaveTextAsync(new Regex("^[1-9][0-9]*$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RunDetail_CancelButton_CancelsAWaitingRun()
    {
        var tenant = await fixture.SharedTenantAsync();
        var runId = await tenant.RequestAsync(fixture, tenant.ApprovalTemplate);
        var page = await fixture.SignedInAsync(tenant.OperatorKey, $"#/runs/{runId}");
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("awaiting approval");

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel run" }).ClickAsync();

        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("canceled");
        await Expect(page.Locator("[data-action]").Filter(new() { HasNotText = "Dry-run replay" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RunDetail_OfAFinishedRun_ShowsEvidence_AndADryRunReplayIsIdentical()
    {
        var tenant = await fixture.SharedTenantAsync();
        var runId = await tenant.CompletedRunAsync(fixture, tenant.QuickTemplate);
        var page = await fixture.SignedInAsync(tenant.OperatorKey, $"#/runs/{runId}");
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("succeeded");
        await Expect(page.GetByTestId("manifest").GetByRole(AriaRole.Heading, new() { Name = $"Run report: {tenant.QuickTemplate}" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download manifest.json" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Dry-run replay" }).ClickAsync();

        await Expect(page.GetByTestId("replay-result").Locator("[data-identical]")).ToHaveAttributeAsync("data-identical", "true");
        await DashboardFixture.ScreenshotAsync(page, "run-replay");
        await page.Context.CloseAsync();
    }
}
