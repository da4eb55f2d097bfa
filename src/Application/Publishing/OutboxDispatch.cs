using JobForge.Storage.Publishing;
using Microsoft.Extensions.Options;

namespace JobForge.Application.Publishing;

/// <summary>Whether a host must run the <see cref="OutboxDispatcher"/>: the one rule both hosts follow.</summary>
public static class OutboxDispatch
{
    /// <summary>
    /// True when <c>JobForge:Publishing:Mode</c> publishes, or when any <see cref="IOutboxObserver"/> is registered (event
    /// triggers): with the mode <c>None</c> the dispatcher then only feeds the observers and completes the entries, so
    /// event triggers do not depend on a broker being configured. False only when nothing would read the outbox.
    /// </summary>
    public static bool IsNeeded(PublishingOptions options, IEnumerable<IOutboxObserver> observers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(observers);
        return options.Mode != PublishingMode.None || observers.Any();
    }

    /// <summary><see cref="IsNeeded(PublishingOptions, IEnumerable{IOutboxObserver})"/> with the registered options and observers.</summary>
    public static bool IsNeeded(IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return IsNeeded(provider.GetRequiredService<IOptions<PublishingOptions>>().Value, provider.GetServices<IOutboxObserver>());
    }
}
