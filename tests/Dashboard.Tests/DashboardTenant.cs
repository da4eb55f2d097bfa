using JobForge.Client;

namespace JobForge.Dashboard.Tests;

/// <summary>
/// A tenant set up for one test: the two templates enabled, a requester key (the app that asks for jobs) and an operator
/// key (the person in the browser; a different key, since a requester may not approve its own run).
/// </summary>
internal sealed record DashboardTenant(string Id, string QuickTemplate, string ApprovalTemplate, string RequesterKey, string OperatorKey)
{
    public static async Task<DashboardTenant> CreateAsync(DashboardFixture fixture)
    {
        var tenant = DashboardFixture.NewTenant();
        var (quick, approval) = await fixture.TemplatesAsync();
        var keys = await Task.WhenAll(
            fixture.KeyAsync(tenant, "templates:admin"),
            fixture.KeyAsync(tenant, "jobs:write", "jobs:read", "ops:read"),
            fixture.KeyAsync(tenant, "jobs:*", "ops:read", "triggers:admin", "templates:admin", "events:read", "audit:read"));
        using var templatesAdmin = fixture.NewClient(keys[0]);
        await Task.WhenAll(templatesAdmin.Templates.EnableAsync(quick), templatesAdmin.Templates.EnableAsync(approval));
        return new DashboardTenant(tenant, quick, approval, keys[1], keys[2]);
    }

    /// <summary>Requests <paramref name="template"/> as the requester; returns the run id.</summary>
    public async Task<string> RequestAsync(DashboardFixture fixture, string template)
    {
        using var client = fixture.NewClient(RequesterKey);
        return (await client.Jobs.RequestAsync(new JobRequest(Id, template))).RunId;
    }

    /// <summary>Requests <paramref name="template"/> and waits (bounded, by the SDK) until the run has finished.</summary>
    public async Task<string> CompletedRunAsync(DashboardFixture fixture, string template)
    {
        using var client = fixture.NewClient(RequesterKey);
        var runId = (await client.Jobs.RequestAsync(new JobRequest(Id, template))).RunId;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.Jobs.WaitForCompletionAsync(runId, cancellationToken: timeout.Token);
        return runId;
    }
}
