using System.Net;
using System.Text;
using JobForge.Server.Tests.Auth;
using JobForge.Server.Tests.Events;
using JobForge.Server.Tests.Templates;
using static JobForge.Server.Tests.Contracts.ContractRequests;

namespace JobForge.Server.Tests.Contracts;

public sealed class ContractHostileInputTests(TemplatesTestServer fixture) : IClassFixture<TemplatesTestServer>
{
    private static int s_key;

    private EventsTestServer Server => fixture.Server;

    private static string NewKey() => "acme.ops.hostile" + Interlocked.Increment(ref s_key);

    private Task<string> AdminAsync() => Server.CreateKeyAsync("*", "templates:admin");

    private static string Bomb()
    {
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 9; i++)
        {
            text.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)}]\n");
        }

        return text.ToString();
    }

    public static TheoryData<string, string, int, string> Cases() => new()
    {
        { "bomb", "application/yaml", 400, "invalid_yaml" },
        { "deep", "application/yaml", 400, "invalid_yaml" },
        { "deep-json", "application/json", 400, "invalid_json" },
        { "big", "application/yaml", 413, "payload_too_large" },
        { "syntax", "text/yaml", 400, "invalid_yaml" },
        { "tag", "application/x-yaml", 400, "invalid_yaml" },
        { "two-docs", "application/yaml", 400, "invalid_yaml" },
        { "duplicate", "application/yaml", 400, "invalid_yaml" },
        { "scalar", "application/yaml", 400, "validation_failed" },
        { "empty", "application/yaml", 400, "invalid_yaml" },
        { "good", "text/plain", 415, "unsupported_media_type" },
        { "good", "application/yaml; charset=latin1", 415, "unsupported_media_type" },
        { "mismatch", "application/yaml", 400, "validation_failed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Put_HostileBody_Is4xx_NeverA500(string kind, string contentType, int status, string type)
    {
        var (admin, key) = (await AdminAsync(), NewKey());
        var body = kind switch
        {
            "bomb" => Bomb(),
            "deep" => new string('[', 40) + new string(']', 40),
            "deep-json" => new string('[', 100) + new string(']', 100),
            "big" => Yaml(key) + "\n# " + new string('x', 300 * 1024),
            "syntax" => "template_key: [unclosed\n  : : :",
            "tag" => "template_key: !!python/object:os.system ls",
            "two-docs" => Yaml(key) + "\n---\nname: x\n",
            "duplicate" => "name: a\nname: b\n",
            "scalar" => "just a string",
            "empty" => "",
            "mismatch" => Yaml("acme.ops.other"),
            _ => Yaml(key),
        };

        using var response = await PutAsync(Server, admin, key, body, contentType);

        await ErrorEnvelopeAssert.IsAsync(response, (HttpStatusCode)status, type);
    }

    [Fact]
    public async Task Put_BuiltInKey_IsForbidden()
    {
        using var response = await PutAsync(Server, await AdminAsync(), "autopilot.ops.scan", Yaml("autopilot.ops.scan", "9.0.0"));

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Put_TenantScopedAdmin_IsForbidden_AndReaderLacksTheScope()
    {
        var key = NewKey();
        var tenantAdmin = await Server.CreateKeyAsync("tenant-a", "templates:admin");
        var reader = await Server.CreateKeyAsync("*", "jobs:read");

        using var scoped = await PutAsync(Server, tenantAdmin, key, Yaml(key));
        using var read = await PutAsync(Server, reader, key, Yaml(key));
        using var anonymous = await PutAsync(Server, null, key, Yaml(key));

        await ErrorEnvelopeAssert.IsAsync(scoped, HttpStatusCode.Forbidden, "forbidden");
        await ErrorEnvelopeAssert.IsAsync(read, HttpStatusCode.Forbidden, "forbidden");
        await ErrorEnvelopeAssert.IsAsync(anonymous, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Put_MalformedKey_IsBadRequest()
    {
        using var response = await PutAsync(Server, await AdminAsync(), "NOT%20A%20KEY", Yaml("x.y"));

        await ErrorEnvelopeAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation_failed");
    }
}
