using Azure;
using Azure.Core;
using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Tests.Pipeline;

public sealed class StorageErrorDetailsParserTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>BlobAlreadyExists</Code><Message>exists</Message></Error>", "BlobAlreadyExists", "exists")]
    [InlineData("<Error>\n  <Code>QueueNotFound</Code>\n  <Message>missing</Message>\n</Error>", "QueueNotFound", "missing")]
    [InlineData("{\"odata.error\":{\"code\":\"EntityAlreadyExists\",\"message\":{\"lang\":\"en-US\",\"value\":\"taken\"}}}", "EntityAlreadyExists", "taken")]
    [InlineData("{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}", "Throttled", "slow down")]
    [InlineData("<Error><Code>401</Code><Detail>Unauthorized: bad signature</Detail></Error>", "401", "Unauthorized: bad signature")]
    public void TryParse_ErrorBodies_ReadCodeAndMessage(string body, string code, string message)
    {
        var parsed = StorageErrorDetailsParser.Instance.TryParse(new FakeResponse(body), out var error, out _);

        Assert.True(parsed);
        Assert.Equal(code, error!.Code);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml or json")]
    [InlineData("<Error><Code>unterminated")]
    [InlineData("{\"odata.error\": [1,2")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"b\">]><Error><Code>&a;</Code></Error>")]
    public void TryParse_GarbageBodies_DoNotThrow(string body)
    {
        var parsed = StorageErrorDetailsParser.Instance.TryParse(new FakeResponse(body), out var error, out _);

        Assert.False(parsed);
        Assert.Null(error);
    }

    private sealed class FakeResponse(string body) : Response
    {
        public override int Status => 409;
        public override string ReasonPhrase => "Conflict";
        public override Stream? ContentStream { get; set; } = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        public override string ClientRequestId { get; set; } = "test";
        public override void Dispose() => ContentStream?.Dispose();
        protected override bool ContainsHeader(string name) => false;
        protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];
        protected override bool TryGetHeader(string name, out string value) { value = ""; return false; }
        protected override bool TryGetHeaderValues(string name, out IEnumerable<string> values) { values = []; return false; }
    }
}
