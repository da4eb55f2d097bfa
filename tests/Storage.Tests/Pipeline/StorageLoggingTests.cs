using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using JobForge.Storage.Blobs;
using JobForge.Storage.Queues;
using JobForge.Storage.Tables;
using JobForge.TestKit;
using JobForge.TestKit.Azurite;

namespace JobForge.Storage.Tests.Pipeline;

/// <summary>Azure.Core's HTTP logging, at its most verbose, never shows Authorization, signatures or keys.</summary>
public sealed class StorageLoggingTests
{
    [Fact]
    public async Task VerboseHttpLogs_OfEachService_ContainNoCredentials()
    {
        var azurite = await AzuriteInstance.Shared;
        var account = azurite.Endpoints;
        var lines = new ConcurrentQueue<string>();
        using (new AzureEventSourceListener((_, message) => lines.Enqueue(message), EventLevel.Verbose))
        {
            var table = new TableServiceClient(account.TableEndpoint, account.SharedKey!).GetTableClient(UniqueNames.Next("log"));
            await table.CreateIfNotExistsAsync();
            await table.AddEntityAsync(new TableEntity("p", "r") { ["password"] = "hunter2" });
            var container = new BlobServiceClient(account.BlobEndpoint, account.SharedKey!).GetContainerClient(UniqueNames.Next("log"));
            await container.CreateIfNotExistsAsync();
            await container.UploadAsync("secret.txt", BinaryData.FromString("hunter2"));
            var queue = new QueueServiceClient(account.QueueEndpoint, account.SharedKey!).GetQueueClient(UniqueNames.Next("log"));
            await queue.CreateIfNotExistsAsync();
            await queue.SendMessageAsync("hunter2");
        }

        var log = string.Join('\n', lines);
        Assert.Contains("x-ms-client-request-id", log, StringComparison.Ordinal);
        Assert.DoesNotContain("SharedKey", log, StringComparison.Ordinal);
        // Azure.Core names headers outside the allow list but prints REDACTED instead of their values.
        Assert.Contains("Authorization:REDACTED", log, StringComparison.Ordinal);
        Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex("Authorization:(?!REDACTED)", System.Text.RegularExpressions.RegexOptions.IgnoreCase), log);
        Assert.DoesNotContain(JobForge.Storage.Accounts.StorageAccountEndpoints.DevelopmentAccountKey, log, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", log, StringComparison.Ordinal);
    }
}
