using JobForge.Domain.Steps;

namespace JobForge.Server.Tests.Steps;

public sealed class HttpStepInputsTests
{
    [Theory]
    [InlineData("{}", "$.url")]
    [InlineData("{\"url\":\"ftp://x.com/\"}", "$.url")]
    [InlineData("{\"url\":\"/relative\"}", "$.url")]
    [InlineData("{\"url\":\"http://user:pw@x.com/\"}", "$.url")]
    [InlineData("{\"url\":\"http://x.com/\",\"method\":\"TRACE\"}", "$.method")]
    [InlineData("{\"url\":\"http://x.com/\",\"headers\":{\"Host\":\"y\"}}", "$.headers.Host")]
    [InlineData("{\"url\":\"http://x.com/\",\"headers\":{\"content-length\":\"1\"}}", "$.headers.content-length")]
    [InlineData("{\"url\":\"http://x.com/\",\"headers\":{\"Transfer-Encoding\":\"chunked\"}}", "$.headers.Transfer-Encoding")]
    [InlineData("{\"url\":\"http://x.com/\",\"headers\":{\"X-JobForge-Signature\":\"forged\"}}", "$.headers.X-JobForge-Signature")]
    [InlineData("{\"url\":\"http://x.com/\",\"headers\":{\"Idempotency-Key\":\"k\"}}", "$.headers.Idempotency-Key")]
    [InlineData("{\"url\":\"http://x.com/\",\"headers\":{\"X-A\":\"a\\r\\nX-B: b\"}}", "$.headers.X-A")]
    [InlineData("{\"url\":\"http://x.com/\",\"headers\":{\"X-A\":1}}", "$.headers.X-A")]
    [InlineData("{\"url\":\"http://x.com/\",\"headers\":[]}", "$.headers")]
    [InlineData("{\"url\":\"http://x.com/\",\"timeout_seconds\":0}", "$.timeout_seconds")]
    [InlineData("{\"url\":\"http://x.com/\",\"timeout_seconds\":\"5\"}", "$.timeout_seconds")]
    [InlineData("{\"url\":\"http://x.com/\",\"extra\":1}", "$.extra")]
    public async Task Run_InvalidWith_FailsWithInvalidInputAtThePath(string with, string path)
    {
        using var fixture = new HttpStepFixture();

        var outcome = await fixture.RunAsync(System.Text.Json.JsonDocument.Parse(with).RootElement);

        var failure = outcome.Result.Failure!;
        Assert.Equal(StepFailureTypes.InvalidInput, failure.Type);
        Assert.Contains(failure.Details!.Value.GetProperty("problems").EnumerateArray(), p => p.GetProperty("path").GetString() == path);
    }
}
