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
    public static bool IsNeeded(IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.GetRequiredService<IOptions<PublishingOptions>>().Value.Mode != PublishingMode.None
            || provider.GetServices<IOutboxObserver>().Any();
    }
}
