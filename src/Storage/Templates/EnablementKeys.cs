using JobForge.Domain.Events;
using JobForge.Domain.Templates;

namespace JobForge.Storage.Templates;

/// <summary>The key checks both stores make before writing a switch.</summary>
internal static class EnablementKeys
{
    public static void Check(TemplateEnablement enablement)
    {
        if (!StorageSafeId.IsValid(enablement.TenantId, StorageSafeId.MaxScopeIdLength) || !TemplateKey.IsValid(enablement.TemplateKey))
        {
            throw new ArgumentException("The tenant id or template key is not valid.", nameof(enablement));
        }
    }
}
