using JobForge.Storage.Tables;

namespace JobForge.Storage.Tests.Tables;

/// <summary>
/// The batch-response parser on Azure's shape, which Azurite does not reproduce: the parts nest in a changeset
/// response and a failure names its action only in the message prefix. Sample from
/// https://learn.microsoft.com/rest/api/storageservices/performing-entity-group-transactions#sample-error-response.
/// </summary>
public sealed class TableBatchResponseTests
{
    private const string AzureFailure =
        "--batchresponse_7ab1c2e5-4e6b-4a0e-9e6a-000000000000\r\n" +
        "Content-Type: multipart/mixed; boundary=changesetresponse_3c1a0f7e-0000-0000-0000-000000000000\r\n" +
        "\r\n" +
        "--changesetresponse_3c1a0f7e-0000-0000-0000-000000000000\r\n" +
        "Content-Type: application/http\r\n" +
        "Content-Transfer-Encoding: binary\r\n" +
        "\r\n" +
        "HTTP/1.1 400 Bad Request\r\n" +
        "X-Content-Type-Options: nosniff\r\n" +
        "DataServiceVersion: 3.0;\r\n" +
        "Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8\r\n" +
        "\r\n" +
        "{\"odata.error\":{\"code\":\"InvalidInput\",\"message\":{\"lang\":\"en-US\",\"value\":\"7:One of the request inputs is not valid.\\nRequestId:1\\nTime:2024-01-01T00:00:00Z\"}}}\r\n" +
        "--changesetresponse_3c1a0f7e-0000-0000-0000-000000000000--\r\n" +
        "--batchresponse_7ab1c2e5-4e6b-4a0e-9e6a-000000000000--\r\n";

    [Fact]
    public void Parse_AzureStyleNestedFailure_ReadsStatusCodeAndIndexFromMessagePrefix()
    {
        var part = Assert.Single(TableBatchResponse.Parse(AzureFailure));
        var (code, message) = part.ReadError();

        Assert.Equal(400, part.Status);
        Assert.Equal("InvalidInput", code);
        Assert.Equal(7, TableBatchResponse.FailedIndex(part, message, actionCount: 10));
        Assert.Null(TableBatchResponse.FailedIndex(part, message, actionCount: 5)); // Out of range: not trusted.
    }

    [Fact]
    public void FailedIndex_WithoutMessagePrefix_FallsBackToOneBasedContentId()
    {
        var part = new TableBatchResponse.Part(409, new Dictionary<string, string> { ["Content-ID"] = "4" }, string.Empty);

        Assert.Equal(3, TableBatchResponse.FailedIndex(part, "The specified entity already exists.", actionCount: 6));
        Assert.Null(TableBatchResponse.FailedIndex(part with { Headers = new Dictionary<string, string>() }, null, 6));
    }

    [Fact]
    public void Parse_Garbage_ReturnsNoPartsInsteadOfThrowing()
    {
        Assert.Empty(TableBatchResponse.Parse("HTTP/1.1 abc\r\nnot a header\r\n--"));
    }
}
