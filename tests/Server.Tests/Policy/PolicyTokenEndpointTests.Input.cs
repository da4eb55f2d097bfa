using System.Net;
using JobForge.Server.Tests.Auth;

namespace JobForge.Server.Tests.Policy;

public sealed partial class PolicyTokenEndpointTests
{
    private const string GoodIssue = "\"tenant_id\":\"acme\",\"actor_id\":\"alice\",\"action\":\"autopilot.ops.apply\",\"scopes\":[\"ops:*\"]";

    public static TheoryData<string, string, int, string> BadRequests() => new()
    {
        { "/api/v1/policy-tokens", "{\"tenant_id\":", 400, "invalid_json" },
        { "/api/v1/policy-tokens", "[1]", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"admin\":true}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"tenant_id\":\"acme\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue.Replace("\"acme\"", "\"ac/me\"", StringComparison.Ordinal) + "}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue.Replace("\"alice\"", "\"al ice\"", StringComparison.Ordinal) + "}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue.Replace("[\"ops:*\"]", "[]", StringComparison.Ordinal) + "}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue.Replace("[\"ops:*\"]", "[42]", StringComparison.Ordinal) + "}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"expires_in_hours\":25}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"expires_in_hours\":0}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"expires_in_hours\":1.5}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"context\":\"text\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"context\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{}}}}}}}}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"context\":{\"big\":\"" + new string('x', 3000) + "\"}}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{" + GoodIssue + ",\"resource\":\"" + new string('r', 257) + "\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens", "{\"pad\":\"" + new string('x', 17 * 1024) + "\"}", 413, "payload_too_large" },
        { "/api/v1/policy-tokens/validate", "{\"action\":\"a\",\"tenant_id\":\"acme\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens/validate", "{\"token\":7,\"action\":\"a\",\"tenant_id\":\"acme\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens/validate", "{\"token\":\"a.b\",\"action\":\"a\",\"tenant_id\":\"acme\",\"secret\":\"x\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens/validate", "{\"token\":\"a.b\",\"action\":\"a\",\"tenant_id\":\"../acme\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens/validate", "\"token\"", 400, "validation_failed" },
        { "/api/v1/policy-tokens/0b8f6f5e-2f35-4a4e-9a57-3c2f0e6b1a11/revoke", "{\"token\":\"forged.token\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens/0b8f6f5e-2f35-4a4e-9a57-3c2f0e6b1a11/revoke", "{\"jti\":\"x\"}", 400, "validation_failed" },
        { "/api/v1/policy-tokens/not-a-uuid/revoke", "{}", 400, "validation_failed" },
        { "/api/v1/policy-tokens/0b8f6f5e-2f35-4a4e-9a57-3c2f0e6b1a11/revoke", "{}", 404, "not_found" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Post_BadInput_IsAnEnvelope4xx(string path, string json, int status, string type)
    {
        using var response = await Server.PostAsync(fixture.OperatorKey, path, json);

        await ErrorEnvelopeAssert.IsAsync(response, (HttpStatusCode)status, type);
    }

    [Fact]
    public async Task Post_NotJson_IsUnsupportedMediaType()
    {
        using var response = await Server.PostAsync(fixture.OperatorKey, "/api/v1/policy-tokens", "tenant_id=acme", "text/plain");

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task Validate_EmptyToken_IsRequiredSayingItIsEmpty()
    {
        using var response = await Server.PostAsync(fixture.OperatorKey, "/api/v1/policy-tokens/validate",
            System.Text.Json.JsonSerializer.Serialize(ValidateBody("")));

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var problem = (await PolicyTestServer.JsonAsync(response)).GetProperty("error").GetProperty("details")[0];
        Assert.Equal("required", problem.GetProperty("code").GetString());
        Assert.Equal("'token' is empty; send a non-empty value.", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Validate_HostileTokens_AreDeniedNever500()
    {
        foreach (var token in new[] { "", ".", "..", new string('A', 9000), "%00.%00", "eyJ9.eyJ9", "\u00e9.\u00e9" })
        {
            using var response = await Server.PostAsync(fixture.OperatorKey, "/api/v1/policy-tokens/validate",
                System.Text.Json.JsonSerializer.Serialize(ValidateBody(token)));

            Assert.True((int)response.StatusCode is 200 or 400, token.Length + ": " + (int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var body = await PolicyTestServer.JsonAsync(response);
                Assert.False(body.GetProperty("allowed").GetBoolean());
                Assert.Equal("invalid_format", body.GetProperty("reason").GetString());
            }
        }
    }
}
