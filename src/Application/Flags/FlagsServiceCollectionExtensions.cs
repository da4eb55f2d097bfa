namespace JobForge.Application.Flags;

/// <summary>Registers the feature flags.</summary>
public static class FlagsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="FeatureFlagsReader"/> over the app's configuration.</summary>
    public static IServiceCollection AddJobForgeFlags(this IServiceCollection services)
    {
        services.AddSingleton(provider => new FeatureFlagsReader(provider.GetRequiredService<IConfiguration>()));
        return services;
    }
}
