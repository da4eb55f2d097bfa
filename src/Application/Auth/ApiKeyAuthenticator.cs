using JobForge.Domain.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace JobForge.Application.Auth;

/// <summary>
/// Turns an <c>Authorization</c> header into a <see cref="Caller"/>. A token that is not well formed is rejected
/// without a storage call; a well-formed one is looked up by key id (through <see cref="ApiKeyCache"/>, which also
/// remembers ids that do not exist) and its secret compared in constant time with the stored hash (or a stand-in hash
/// for an unknown id, so both cost the same). The bootstrap key, when configured, is compared in constant time first.
/// </summary>
public sealed class ApiKeyAuthenticator
{
    private static readonly string[] AllScopes = [ApiKeyScopes.All];
    private static readonly string UnknownKeyHash = ApiKeySecrets.Hash(ApiKeySecrets.NewSecret());
    private readonly IApiKeyStore _store;
    private readonly ApiKeyCache _cache;
    private readonly string? _bootstrapKey;

    /// <summary>An authenticator over <paramref name="store"/>.</summary>
    public ApiKeyAuthenticator(IApiKeyStore store, ApiKeyCache cache, IOptions<ApiKeyAuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _bootstrapKey = string.IsNullOrEmpty(options.Value.BootstrapKey) ? null : options.Value.BootstrapKey;
    }

    /// <summary>Authenticates the request's <paramref name="authorization"/> header values.</summary>
    /// <exception cref="Azure.RequestFailedException">Storage could not be read (the caller answers 503).</exception>
    public async ValueTask<ApiKeyAuthenticationResult> AuthenticateAsync(StringValues authorization, CancellationToken cancellationToken)
    {
        if (authorization.Count == 0)
        {
            return ApiKeyAuthenticationResult.Failure(AuthenticationFailureReasons.MissingKey);
        }

        if (authorization.Count > 1 || !TryReadBearer(authorization[0], out var token))
        {
            return ApiKeyAuthenticationResult.Failure(AuthenticationFailureReasons.MalformedKey);
        }

        if (_bootstrapKey is not null && ApiKeySecrets.EqualsConstantTime(token, _bootstrapKey))
        {
            return ApiKeyAuthenticationResult.Success(new Caller(ApiKeyAuthOptions.BootstrapKeyId, null, AllScopes));
        }

        if (!ApiKeyToken.TryParse(token, out var keyId, out var secret))
        {
            return ApiKeyAuthenticationResult.Failure(AuthenticationFailureReasons.MalformedKey);
        }

        if (!_cache.TryGet(keyId, out var record))
        {
            record = await _store.GetAsync(keyId, cancellationToken).ConfigureAwait(false);
            if (record is not null)
            {
                _cache.Set(record);
            }
            else
            {
                _cache.SetMissing(keyId);
            }
        }

        // An unknown id is hashed against a stand-in too, so it costs what a wrong secret costs.
        if (!ApiKeySecrets.Matches(secret, record?.SecretHash ?? UnknownKeyHash) || record is null)
        {
            return ApiKeyAuthenticationResult.Failure(AuthenticationFailureReasons.UnknownKey, keyId);
        }

        return record.IsRevoked
            ? ApiKeyAuthenticationResult.Failure(AuthenticationFailureReasons.RevokedKey, keyId)
            : ApiKeyAuthenticationResult.Success(record.ToCaller());
    }

    /// <summary>The token of <c>Bearer &lt;token&gt;</c> (scheme case-insensitive, one or more spaces, nothing else).</summary>
    private static bool TryReadBearer(string? header, out string token)
    {
        token = string.Empty;
        const string scheme = "Bearer ";
        if (header is null || header.Length > ApiKeyAuthOptions.MaxTokenLength + 64
            || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = header.AsSpan(scheme.Length).Trim(' ');
        if (value.Length is 0 or > ApiKeyAuthOptions.MaxTokenLength || value.ContainsAny(' ', '\t'))
        {
            return false;
        }

        token = value.ToString();
        return true;
    }
}
