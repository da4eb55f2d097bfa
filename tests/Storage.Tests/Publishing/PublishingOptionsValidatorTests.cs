using JobForge.Storage.Publishing;

namespace JobForge.Storage.Tests.Publishing;

public sealed class PublishingOptionsValidatorTests
{
    private const string SasConnection =
        "Endpoint=sb://jobforge-test.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=c2VjcmV0LWtleS1mb3ItdGVzdHM=";

    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new PublishingOptionsValidator().Validate(null, new PublishingOptions()).Succeeded);

    [Fact]
    public void Validate_IdlePollIntervalBelowPollInterval_Succeeds_TheBackOffIsOff()
    {
        var options = new PublishingOptions { PollInterval = TimeSpan.FromSeconds(30), IdlePollInterval = TimeSpan.FromSeconds(15) };

        Assert.True(new PublishingOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("connection", true)]
    [InlineData("namespace", true)]
    [InlineData("namespace-uri", true)]
    [InlineData("none", false)]
    public void Validate_ServiceBusMode_NeedsAConnectionStringOrANamespace(string setting, bool valid)
    {
        var options = new PublishingOptions { Mode = PublishingMode.ServiceBus };
        _ = setting switch
        {
            "connection" => options.ServiceBus.ConnectionString = SasConnection,
            "namespace" => options.ServiceBus.FullyQualifiedNamespace = "jobforge-test.servicebus.windows.net",
            "namespace-uri" => options.ServiceBus.FullyQualifiedNamespace = "https://jobforge-test.servicebus.windows.net/",
            _ => null,
        };

        Assert.Equal(valid, new PublishingOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("PollInterval", "'JobForge:Publishing:PollInterval'")]
    [InlineData("IdlePollInterval", "'JobForge:Publishing:IdlePollInterval'")]
    [InlineData("IdlePollIntervalZero", "'JobForge:Publishing:IdlePollInterval'")]
    [InlineData("BatchSize", "'JobForge:Publishing:BatchSize'")]
    [InlineData("MinRetryBackoff", "'JobForge:Publishing:MinRetryBackoff'")]
    [InlineData("MaxRetryBackoff", "'JobForge:Publishing:MaxRetryBackoff'")]
    [InlineData("PendingLag", "'JobForge:Publishing:PendingLag'")]
    [InlineData("Mode", "'JobForge:Publishing:Mode'")]
    [InlineData("QueueName", "'JobForge:Publishing:StorageQueue:QueueName'")]
    [InlineData("ConnectionString", "'JobForge:Publishing:ServiceBus:ConnectionString'")]
    [InlineData("EntityPath", "'JobForge:Publishing:ServiceBus:TopicName'")]
    [InlineData("Namespace", "'JobForge:Publishing:ServiceBus:FullyQualifiedNamespace'")]
    public void Validate_BadSetting_FailsNamingTheKey(string setting, string key)
    {
        var options = new PublishingOptions();
        switch (setting)
        {
            case "PollInterval": options.PollInterval = TimeSpan.FromMilliseconds(100); break;
            case "IdlePollInterval": options.IdlePollInterval = TimeSpan.FromMinutes(6); break;
            case "IdlePollIntervalZero": options.IdlePollInterval = TimeSpan.Zero; break;
            case "BatchSize": options.BatchSize = 0; break;
            case "MinRetryBackoff": options.MinRetryBackoff = TimeSpan.Zero; break;
            case "MaxRetryBackoff": options.MaxRetryBackoff = TimeSpan.FromHours(1); break;
            case "PendingLag": options.PendingLag = TimeSpan.FromSeconds(-1); break;
            case "Mode": options.Mode = (PublishingMode)42; break;
            case "QueueName": (options.Mode, options.StorageQueue.QueueName) = (PublishingMode.StorageQueue, "Bad_Name"); break;
            case "ConnectionString": (options.Mode, options.ServiceBus.ConnectionString) = (PublishingMode.ServiceBus, "Endpoint=nonsense"); break;
            case "EntityPath": (options.Mode, options.ServiceBus.ConnectionString) = (PublishingMode.ServiceBus, SasConnection + ";EntityPath=other"); break;
            case "Namespace": (options.Mode, options.ServiceBus.FullyQualifiedNamespace) = (PublishingMode.ServiceBus, "not a host!"); break;
        }

        var result = new PublishingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Endpoint=sb://jobforge-test.servicebus.windows.net/;SharedAccessKey=super-secret-value")] // no key name
    [InlineData("Endpoint=;SharedAccessKeyName=send;SharedAccessKey=super-secret-value")] // no endpoint
    [InlineData("SharedAccessKeyName=send;SharedAccessKey=super-secret-value;Endpoint=not a uri")]
    public void Validate_ConnectionStringProblem_FailsNamingTheKeyAndNeverEchoesTheSecret(string connectionString)
    {
        var options = new PublishingOptions { Mode = PublishingMode.ServiceBus };
        options.ServiceBus.ConnectionString = connectionString;

        var result = new PublishingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("'JobForge:Publishing:ServiceBus:ConnectionString'", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret-value", result.FailureMessage, StringComparison.Ordinal);
    }
}
