using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using Azure.Data.Tables;
using JobForge.Storage.Diagnostics;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;
using JobForge.TestKit.Logging;

namespace JobForge.Storage.Tests.Diagnostics;

/// <summary>Neither Azure.Core's verbose HTTP log nor our logging policy ever shows Authorization, signatures or keys.</summary>
public sealed class StorageLoggingTests
{
    [Fact]
    public async Task VerboseHttpLogs_OfEachService_ContainNoCredentialsOrBodies()
    {
        var azurite = await AzuriteInstance.Shared;
        var lines = new ConcurrentQueue<string>();
        var logger = new ListLogger<StorageHttpLoggingPolicy>();
        var policy = new StorageHttpLoggingPolicy(logger);
        using (new AzureEventSourceListener((_, message) => lines.Enqueue(message), EventLevel.Verbose))
        {
            var table = azurite.TableService(policies: policy).GetTableClient(UniqueNames.Next("log"));
            await table.CreateIfNotExistsAsync();
            await table.AddEntityAsync(new TableEntity("p", "r") { ["password"] = "hunter2" });
            var container = azurite.BlobService(policies: policy).GetBlobContainerClient(UniqueNames.Next("log"));
            await container.CreateIfNotExistsAsync();
            await container.GetBlobClient("secret.txt").UploadAsync(BinaryData.FromString("hunter2"));
            var queue = azurite.QueueService(policies: policy).GetQueueClient(UniqueNames.Next("log"));
            await queue.CreateIfNotExistsAsync();
            await queue.SendMessageAsync("hunter2");
        }

        var log = string.Join('\n', lines.Concat(logger.Entries.Select(e => e.Message)));
        Assert.Contains("x-ms-client-request-id", log, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.EventId == 5901);
        Assert.DoesNotContain("SharedKey", log, StringComparison.Ordinal);
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("Authorization:(?!REDACTED)", System.Text.RegularExpressions.RegexOptions.IgnoreCase), log);
        Assert.DoesNotContain(AzuriteInstance.DevelopmentAccountKey, log, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", log, StringComparison.Ordinal);
    }
}
