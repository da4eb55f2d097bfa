using System.Reflection;
using JobForge.Domain.Auth;

namespace JobForge.Functions.Tests.Http;

/// <summary>An <see cref="IApiKeyStore"/> whose every call throws the exception it was given.</summary>
public class FailingApiKeyStore : DispatchProxy
{
    private Exception _failure = new InvalidOperationException();

    /// <summary>A store that throws <paramref name="failure"/>.</summary>
    public static IApiKeyStore Throwing(Exception failure)
    {
        var store = Create<IApiKeyStore, FailingApiKeyStore>();
        ((FailingApiKeyStore)(object)store)._failure = failure;
        return store;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw _failure;
}
