using JobForge.Storage.Events;

namespace JobForge.Storage.Tests.Events;

public sealed class EventStoreOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new EventStoreOptionsValidator().Validate(null, new EventStoreOptions()).Succeeded);

    [Theory]
    [InlineData("EventsTableName")]
    [InlineData("TenantsTableName")]
    [InlineData("BlobContainerName")]
    [InlineData("MaxInFlightBatches")]
    [InlineData("MaxInFlightBatchesPerTenant")]
    [InlineData("MaxInlineCompressedBytes")]
    public void Validate_BadValue_FailsNamingTheKey(string key)
    {
        var options = new EventStoreOptions();
        switch (key)
        {
            case "EventsTableName": options.EventsTableName = "bad-name"; break;
            case "TenantsTableName": options.TenantsTableName = "1x"; break;
            case "BlobContainerName": options.BlobContainerName = "Upper"; break;
            case "MaxInFlightBatches": options.MaxInFlightBatches = 0; break;
            case "MaxInFlightBatchesPerTenant": options.MaxInFlightBatchesPerTenant = 0; break;
            default: options.MaxInlineCompressedBytes = 2_000_000; break;
        }

        var result = new EventStoreOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("'JobForge:EventStore:" + key + "'", result.FailureMessage, StringComparison.Ordinal);
    }
}
