using System.Collections;
using System.Reflection;

namespace JobForge.TestKit.Configuration;

/// <summary>
/// The configuration keys a JobForge host reads (the server's or the Functions app's entry assembly), found by
/// reflection over it and the JobForge assemblies it references: every bindable property of
/// every options class (a type with a <c>SectionName</c> constant), recursively, and every feature flag name. Keys read
/// directly from <c>IConfiguration</c> (module URLs, run secrets) are not found this way; the documentation covers
/// them.
/// </summary>
public static class AppConfigurationKeys
{
    /// <summary>Every key found, with the options type or constant class it came from.</summary>
    public static IReadOnlyList<(ConfigurationKey Key, string Source)> Read(string entryAssembly)
    {
        var keys = new List<(ConfigurationKey, string)>();
        foreach (var type in JobForgeAssemblies(entryAssembly).SelectMany(LoadableTypes))
        {
            if (SectionName(type) is { } section && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                Walk(type, section, type.FullName ?? type.Name, keys, depth: 0);
            }

            if (type.Name == "FeatureFlagNames")
            {
                keys.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                    .Select(field => (ConfigurationKey.Parse((string)field.GetRawConstantValue()!), type.FullName ?? type.Name)));
            }
        }

        return keys;
    }

    private static IEnumerable<Assembly> JobForgeAssemblies(string entryAssembly)
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<AssemblyName>([new AssemblyName(entryAssembly)]);
        while (pending.TryDequeue(out var name))
        {
            if (name.Name is not { } simple || !simple.StartsWith("JobForge.", StringComparison.Ordinal) || seen.ContainsKey(simple))
            {
                continue;
            }

            var assembly = Assembly.Load(name);
            seen[simple] = assembly;
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                pending.Enqueue(reference);
            }
        }

        return seen.Values;
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }

    private static string? SectionName(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is { IsLiteral: true } field
            ? field.GetRawConstantValue() as string
            : null;

    private static void Walk(Type type, string prefix, string source, List<(ConfigurationKey, string)> keys, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var settable = property.SetMethod is { IsPublic: true };
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var key = $"{prefix}:{property.Name}";
            if (IsScalar(propertyType))
            {
                if (settable)
                {
                    keys.Add((ConfigurationKey.Parse(key), source));
                }
            }
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                keys.Add((ConfigurationKey.Parse(key + ":*"), source));
            }
            else if (propertyType.IsClass && NamesItsOwnKey(propertyType))
            {
                // Bound from the key its type names (FunctionsStorageSettings: AzureWebJobsStorage and its __ keys),
                // not from this section; those keys are the Functions host's own, documented with the deployment.
                continue;
            }
            else if (propertyType.IsClass && depth < 4)
            {
                Walk(propertyType, key, source, keys, depth + 1);
            }
        }
    }

    private static bool NamesItsOwnKey(Type type) =>
        type.GetField("Key", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.FieldType == typeof(string);

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(Uri) || type == typeof(Guid) || type == typeof(DateTimeOffset);
}
