namespace JobForge.Client;

/// <summary>Where the JobForge API is and how to call it.</summary>
public sealed class JobForgeClientOptions
{
    /// <summary>The server's base address, e.g. <c>https://jobforge.example.com/</c>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key sent as <c>Authorization: Bearer</c>. A secret: never logged or shown by the client.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How often <see cref="JobsClient.WaitForCompletionAsync"/> polls when the stream is unavailable (default 2 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times a 429 or 503 is retried, honouring <c>Retry-After</c> (default 3; 0 turns retries off).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry delay when the server sends no <c>Retry-After</c> (default 1 s, then exponential).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    internal void Validate()
    {
        if (BaseAddress is not { IsAbsoluteUri: true })
        {
            throw new ArgumentException("Set JobForgeClientOptions.BaseAddress to the server's absolute URL.", nameof(BaseAddress));
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("Set JobForgeClientOptions.ApiKey.", nameof(ApiKey));
        }
    }
}
