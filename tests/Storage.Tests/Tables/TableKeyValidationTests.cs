using JobForge.Storage.Accounts;
using JobForge.Storage.Tables;

namespace JobForge.Storage.Tests.Tables;

/// <summary>Client-side checks: no request is sent, so these need no table (the client points at a closed port).</summary>
public sealed class TableKeyValidationTests
{
    private static readonly TableClient Table = new(
        new Uri("http://127.0.0.1:9/devstoreaccount1"),
        "validation",
        new StorageSharedKeyCredential("devstoreaccount1", StorageAccountEndpoints.DevelopmentAccountKey));

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0000b")]
    [InlineData("a\u001Fb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u009Fb")]
    [InlineData("tab\tkey")]
    public async Task EveryEntityMethod_WithForbiddenCharacterInKey_ThrowsArgumentExceptionNamingTheKey(string badKey)
    {
        async Task AssertRejected(Func<Task> call, string keyName)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(call);
            Assert.Equal(keyName, error.ParamName);
        }

        await AssertRejected(() => Table.AddEntityAsync(new TableEntity(badKey, "r")), "PartitionKey");
        await AssertRejected(() => Table.AddEntityAsync(new TableEntity("p", badKey)), "RowKey");
        await AssertRejected(() => Table.UpsertEntityAsync(new TableEntity(badKey, "r")), "PartitionKey");
        await AssertRejected(() => Table.UpdateEntityAsync(new TableEntity("p", badKey), Azure.ETag.All), "RowKey");
        await AssertRejected(() => Table.GetEntityIfExistsAsync(badKey, "r"), "PartitionKey");
        await AssertRejected(() => Table.DeleteEntityAsync("p", badKey), "RowKey");
        await AssertRejected(
            () => Table.SubmitTransactionAsync([new(TableTransactionActionType.Add, new TableEntity(badKey, "r"))]), "PartitionKey");
    }

    [Fact]
    public async Task AddEntity_WithKeyOver512Characters_IsRejected_While512Pass()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Table.AddEntityAsync(new TableEntity(new string('k', 513), "r")));

        Assert.Equal("PartitionKey", error.ParamName);
        TableResourcePath.ValidateKey(new string('k', 512), "PartitionKey");
    }

    [Fact]
    public async Task AddEntity_WithoutKeys_IsRejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Table.AddEntityAsync(new TableEntity { ["V"] = 1 }));

        Assert.Equal("PartitionKey", error.ParamName);
    }

    [Theory]
    [InlineData("bad name")]
    [InlineData("odata.etag")]
    [InlineData("V@odata.type")]
    [InlineData("1abc")]
    public async Task AddEntity_WithInvalidPropertyName_IsRejected(string name)
    {
        var entity = new TableEntity("p", "r") { [name] = 1 };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Table.AddEntityAsync(entity));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntity_WithUnsupportedValueType_IsRejectedNamingTheProperty()
    {
        var entity = new TableEntity("p", "r") { ["When"] = TimeSpan.FromSeconds(1) };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Table.AddEntityAsync(entity));

        Assert.Contains("'When'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("has-dash")]
    [InlineData("tables")]
    public void GetTableClient_WithInvalidName_Throws(string name)
    {
        var service = new TableServiceClient(
            new Uri("http://127.0.0.1:9/devstoreaccount1"),
            new StorageSharedKeyCredential("devstoreaccount1", StorageAccountEndpoints.DevelopmentAccountKey));

        var error = Assert.Throws<ArgumentException>(() => service.GetTableClient(name));

        Assert.Equal("tableName", error.ParamName);
    }

    [Fact]
    public void EntityPath_WithSingleQuotes_DoublesThemAndPercentEncodes()
    {
        Assert.Equal("t(PartitionKey='a%27%27b',RowKey='c%20d')", TableResourcePath.Entity("t", "a'b", "c d"));
    }

    [Fact]
    public async Task QueryPage_WithForeignContinuationToken_ThrowsArgumentException()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Table.QueryPageAsync(continuationToken: "not a token!"));

        Assert.Equal("continuationToken", error.ParamName);
    }
}
