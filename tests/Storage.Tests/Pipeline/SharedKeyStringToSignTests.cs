using JobForge.Storage.Pipeline;

namespace JobForge.Storage.Tests.Pipeline;

/// <summary>The canonical strings of the Shared Key REST documentation, byte for byte.</summary>
public sealed class SharedKeyStringToSignTests
{
    [Fact]
    public void ForBlobOrQueue_SortsHeadersAndQueryAndRepeatsAccountForPathStyleUris()
    {
        var headers = new Dictionary<string, string>
        {
            ["x-ms-version"] = "2025-11-05",
            ["X-Ms-Date"] = "Tue, 01 Dec 2026 07:00:00 GMT",
            ["Content-Type"] = "text/plain",
            ["If-None-Match"] = "*",
            ["x-ms-meta-b"] = "  two ",
            ["x-ms-meta-a"] = "one",
        };

        var text = SharedKeyStringToSign.ForBlobOrQueue(
            "PUT",
            new Uri("http://127.0.0.1:10000/devstoreaccount1/container/a%20b.txt?timeout=30&comp=block&blockid=x%3D"),
            "devstoreaccount1",
            contentLength: 11,
            headers);

        Assert.Equal(
            "PUT\n\n\n11\n\ntext/plain\n\n\n\n*\n\n\n" +
            "x-ms-date:Tue, 01 Dec 2026 07:00:00 GMT\nx-ms-meta-a:one\nx-ms-meta-b:two\nx-ms-version:2025-11-05\n" +
            "/devstoreaccount1/devstoreaccount1/container/a%20b.txt\nblockid:x=\ncomp:block\ntimeout:30",
            text);
    }

    [Fact]
    public void ForBlobOrQueue_ZeroLength_SignsEmptyContentLength()
    {
        var text = SharedKeyStringToSign.ForBlobOrQueue(
            "PUT", new Uri("https://acct.queue.core.windows.net/jobs"), "acct", contentLength: 0, []);

        Assert.Equal("PUT\n\n\n\n\n\n\n\n\n\n\n\n/acct/jobs", text);
    }

    [Fact]
    public void ForTable_UsesMsDateAndKeepsOnlyCompParameter()
    {
        var headers = new Dictionary<string, string>
        {
            ["x-ms-date"] = "Tue, 01 Dec 2026 07:00:00 GMT",
            ["Content-Type"] = "application/json",
            ["x-ms-version"] = "2019-02-02",
        };

        var text = SharedKeyStringToSign.ForTable(
            "GET", new Uri("https://acct.table.core.windows.net/Runs()?$filter=x&comp=list"), "acct", headers);

        Assert.Equal("GET\n\napplication/json\nTue, 01 Dec 2026 07:00:00 GMT\n/acct/Runs()?comp=list", text);
    }
}
