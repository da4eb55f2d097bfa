using System.Net.Sockets;
using Azure;
using JobForge.Application.Errors;

namespace JobForge.Server.Tests.Errors;

/// <summary>Which exceptions the API answers as 503 <c>dependency_unavailable</c> rather than 500 <c>internal</c>.</summary>
public sealed class StorageOutageClassificationTests
{
    [Fact]
    public void Is_TheSdksRetriesExhaustedOnConnectAndNetworkTimeouts_IsAnOutage()
    {
        // The shape a kill run met on POST /api/v1/events (API-key lookup) while Azurite was starved of CPU: the retry
        // policy's AggregateException of two cancellations, one caused by HttpClient's connect timeout and one by the
        // SDK's network timeout. It was answered 500.
        var exhausted = new AggregateException(
            "Retry failed after 2 tries.",
            new TaskCanceledException("The operation was canceled.", new TimeoutException("A connection could not be established within the configured ConnectTimeout.")),
            new TaskCanceledException("The operation was canceled.", new TimeoutException("The operation was cancelled because it exceeded the configured timeout of 0:00:10.")));

        Assert.True(StorageOutage.Is(exhausted));
    }

    [Fact]
    public void Is_ACancellationWithoutATimeoutCause_IsNotAnOutage()
    {
        Assert.False(StorageOutage.Is(new OperationCanceledException()));
        Assert.False(StorageOutage.Is(new TaskCanceledException("canceled", new InvalidOperationException("a bug"))));
        Assert.False(StorageOutage.Is(new AggregateException(new TaskCanceledException(), new TaskCanceledException("x", new TimeoutException()))));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(503, true)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    public void Is_AStorageAnswer_IsAnOutageOnlyWhenItSaysStorageIsUnavailable(int status, bool outage)
    {
        Assert.Equal(outage, StorageOutage.Is(new RequestFailedException(status, "answer")));
    }

    [Fact]
    public void Is_NetworkFailures_AreOutages()
    {
        Assert.True(StorageOutage.Is(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(StorageOutage.Is(new IOException("reset", new SocketException((int)SocketError.ConnectionReset))));
        Assert.False(StorageOutage.Is(new InvalidOperationException("a bug")));
    }
}
