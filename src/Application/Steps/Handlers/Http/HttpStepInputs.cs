using System.Text.Json;
using JobForge.Domain.Events;

namespace JobForge.Application.Steps.Handlers.Http;

/// <summary>Reads and checks an <c>http</c> step's <c>with</c>: <c>{url, method?, headers?, body?, timeout_seconds?}</c>.</summary>
internal static class HttpStepInputs
{
    /// <summary>The longest timeout a step may ask for.</summary>
    public const int MaxTimeoutSeconds = 3600;

    private static readonly string[] s_methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] s_fields = ["url", "method", "headers", "body", "timeout_seconds"];

    private static readonly HashSet<string> s_reservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Proxy-Connection", "TE", "Trailer",
        "Transfer-Encoding", "Upgrade", "Host", "Content-Length", "Idempotency-Key", "Expect",
    };

    /// <summary>The problems with <paramref name="inputs"/>, or the call they describe.</summary>
    public static (HttpStepCall? Call, IReadOnlyList<ValidationProblem> Problems) Read(JsonElement inputs)
    {
        var problems = new List<ValidationProblem>();
        if (inputs.ValueKind != JsonValueKind.Object)
        {
            return (null, [new ValidationProblem("$", ValidationProblemCodes.WrongType, "with must be an object")]);
        }

        foreach (var property in inputs.EnumerateObject().Where(p => !s_fields.Contains(p.Name, StringComparer.Ordinal)))
        {
            problems.Add(new ValidationProblem("$." + property.Name, ValidationProblemCodes.UnknownField, "unknown field; expected one of " + string.Join(", ", s_fields)));
        }

        var url = ReadUrl(inputs, problems);
        var method = ReadMethod(inputs, problems);
        var headers = ReadHeaders(inputs, problems);
        var timeout = ReadTimeout(inputs, problems);
        JsonElement? body = inputs.TryGetProperty("body", out var b) && b.ValueKind != JsonValueKind.Null ? b.Clone() : null;
        return problems.Count > 0 ? (null, problems) : (new HttpStepCall(url!, method, headers, body, timeout), problems);
    }

    private static Uri? ReadUrl(JsonElement inputs, List<ValidationProblem> problems)
    {
        if (!inputs.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String)
        {
            problems.Add(new ValidationProblem("$.url", ValidationProblemCodes.Required, "url is required and must be a string"));
            return null;
        }

        if (!Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            problems.Add(new ValidationProblem("$.url", ValidationProblemCodes.InvalidFormat, "url must be an absolute http or https URL without user info"));
            return null;
        }

        return uri;
    }

    private static HttpMethod ReadMethod(JsonElement inputs, List<ValidationProblem> problems)
    {
        if (!inputs.TryGetProperty("method", out var method) || method.ValueKind == JsonValueKind.Null)
        {
            return HttpMethod.Post;
        }

        var text = method.ValueKind == JsonValueKind.String ? method.GetString()!.ToUpperInvariant() : null;
        if (text is null || !s_methods.Contains(text, StringComparer.Ordinal))
        {
            problems.Add(new ValidationProblem("$.method", ValidationProblemCodes.InvalidValue, "method must be one of " + string.Join(", ", s_methods)));
            return HttpMethod.Post;
        }

        return HttpMethod.Parse(text);
    }

    private static List<KeyValuePair<string, string>> ReadHeaders(JsonElement inputs, List<ValidationProblem> problems)
    {
        var headers = new List<KeyValuePair<string, string>>();
        if (!inputs.TryGetProperty("headers", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return headers;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ValidationProblem("$.headers", ValidationProblemCodes.WrongType, "headers must be an object of strings"));
            return headers;
        }

        foreach (var header in element.EnumerateObject())
        {
            var path = "$.headers." + header.Name;
            if (!IsToken(header.Name) || s_reservedHeaders.Contains(header.Name) || header.Name.StartsWith("X-JobForge-", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new ValidationProblem(path, ValidationProblemCodes.InvalidValue, "this header name is not allowed (hop-by-hop, Host, Content-Length, Idempotency-Key and X-JobForge-* are set by JobForge)"));
            }
            else if (header.Value.ValueKind != JsonValueKind.String || header.Value.GetString()!.Any(c => c is '\r' or '\n' or '\0'))
            {
                problems.Add(new ValidationProblem(path, ValidationProblemCodes.InvalidValue, "a header value must be a single-line string"));
            }
            else
            {
                headers.Add(new(header.Name, header.Value.GetString()!));
            }
        }

        return headers;
    }

    private static TimeSpan? ReadTimeout(JsonElement inputs, List<ValidationProblem> problems)
    {
        if (!inputs.TryGetProperty("timeout_seconds", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var seconds) || seconds <= 0 || seconds > MaxTimeoutSeconds)
        {
            problems.Add(new ValidationProblem("$.timeout_seconds", ValidationProblemCodes.OutOfRange, $"timeout_seconds must be a number above 0 and at most {MaxTimeoutSeconds}"));
            return null;
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static bool IsToken(string name) =>
        name.Length is > 0 and <= 256 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c));
}
