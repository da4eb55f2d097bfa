using System.Text.Json.Nodes;
using JobForge.Client;
using JobForge.TestKit.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobForge.Dashboard.Tests;

/// <summary>
/// The leak scan on the dashboard: what a user sees (each page's HTML and text, its URL) and what the server logs while
/// the pages load hold no canary. Sign-in with a forged key and with a malformed value; a run whose step outputs a
/// <c>${{ secrets.* }}</c> value (shown as <c>[redacted]</c>), its manifest; an event with canary personal data in its
/// <c>encrypt_fields</c> and <c>redact_fields</c>, for a key without <c>events:pii</c>.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class LeakScanTests(DashboardFixture fixture)
{
    private static readonly string s_fakeApiKeySecret = "DashLeakCanaryFakeApiKeySecret".PadRight(43, '3');
    private static readonly string s_malformedKey = "dash-leak-canary-malformed-bearer-9e8d7c6b";
    private static readonly string s_email = "dash.leak.canary.8484@example.test";
    private static readonly string s_phone = "+1-555-0177-3030";

    private readonly List<CapturedText> _seen = [];

    [Fact]
    public async Task Pages_ForgedKeysSecretsAndPersonalData_ShowAndLogNoCanary()
    {
        foreach (var badKey in new[] { "jf_0123456789abcdef_" + s_fakeApiKeySecret, s_malformedKey })
        {
            var refused = await fixture.NewPageAsync();
            await refused.GotoAsync("/");
            await refused.GetByLabel("API key").FillAsync(badKey);
            await refused.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(refused.GetByRole(AriaRole.Alert)).ToContainTextAsync("refused");
            await SeeAsync(refused, "the refused sign-in");
            await refused.Context.CloseAsync();
        }

        var tenant = await fixture.SharedTenantAsync();
        var template = "dash.leak_" + Guid.NewGuid().ToString("N")[..8];
        await fixture.RegisterAsync(tenant.Id, template, JsonNode.Parse($$$$"""
            {"template_key":"{{{{template}}}}","name":"Leak scan","category":"ops","version":"1.0.0",
             "input_schema":{"type":"object"},"output_schema":{"type":"object"},"required_scopes":["ops:read"],
             "steps":[{"id":"leak","uses":"transform","with":{"output":{"token":"${{ secrets.DASH_LEAK_TOKEN }}","note":"key ${{ secrets.DASH_LEAK_TOKEN }}"}}}]}
            """)!.AsObject());
        var runId = await tenant.CompletedRunAsync(fixture, template);
        using (var writer = fixture.NewClient(await fixture.KeyAsync(tenant.Id, "events:write")))
        {
            await writer.Events.SubmitAsync(new JsonObject
            {
                ["tenant_id"] = tenant.Id, ["event_type"] = "dashboard.leak_check", ["source_app"] = "settler",
                ["payload"] = new JsonObject { ["customer"] = new JsonObject { ["email"] = s_email }, ["phone"] = s_phone },
                ["contains_pii"] = true,
                ["redaction_hints"] = new JsonObject { ["encrypt_fields"] = new JsonArray("customer"), ["redact_fields"] = new JsonArray("phone") },
            });
        }

        var page = await fixture.SignedInAsync(tenant.OperatorKey, $"#/runs/{runId}");
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("succeeded");
        await Expect(page.Locator("body")).ToContainTextAsync("[REDACTED]");
        await Expect(page.GetByTestId("manifest")).ToBeVisibleAsync();
        await SeeAsync(page, "the run page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Events" }).ClickAsync();
        var row = page.GetByTestId("events").Locator("tbody tr").Filter(new() { HasText = "dashboard.leak_check" });
        await row.Locator("summary").ClickAsync();
        await Expect(row.Locator("pre")).ToContainTextAsync("[REDACTED]");
        await SeeAsync(page, "the events page");
        await page.Context.CloseAsync();

        var canaries = new[]
        {
            new Canary("the bootstrap key", DashboardFixture.BootstrapKey),
            new Canary("a ${{ secrets.* }} value", DashboardFixture.StepSecret),
            new Canary("a forged API key's secret", s_fakeApiKeySecret),
            new Canary("a malformed key", s_malformedKey),
            new Canary("the operator key's secret", tenant.OperatorKey[("jf_".Length + 17)..]),
            new Canary("an encrypt_fields email", s_email),
            new Canary("a redact_fields phone number", s_phone),
        };
        var leaks = canaries.SelectMany(canary => canary.LeaksIn(_seen.Concat(fixture.Logs.Lines))).Distinct().ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} leak(s):\n" + string.Join("\n", leaks.Take(60)));
    }

    private async Task SeeAsync(IPage page, string what) =>
        _seen.Add(new CapturedText(what, page.Url + " " + await page.ContentAsync() + " " + await page.Locator("body").InnerTextAsync()));
}
