using System.Text;
using System.Text.RegularExpressions;

namespace JobForge.Server.Hosting;

/// <summary>The query string as the request log shows it: nothing a client may have put a secret in.</summary>
public static partial class RequestLogQuery
{
    /// <summary>What stands in for a hidden value or name.</summary>
    public const string Redacted = "[redacted]";

    private const int MaxParameters = 20;

    /// <summary>Parameters whose values are shown: paging and filters that never carry a credential, and only when short and plain.</summary>
    private static readonly HashSet<string> s_shownValues = new(StringComparer.Ordinal) { "limit", "status", "event_type", "since", "until", "window", "include" };

    /// <summary>
    /// Parameter names shown as they are: the API's own and the usual credential names (so an operator sees that a
    /// client put a credential in the URL). Any other name is redacted: a client may have sent a secret as a bare name.
    /// </summary>
    private static readonly HashSet<string> s_shownNames = new(StringComparer.Ordinal)
    {
        "limit", "cursor", "status", "event_type", "since", "until", "window", "include", "tenant_id", "project_id",
        "template_key", "version", "source_app", "source_module", "actor_id", "action", "decision", "caller", "query",
        "run_id", "trigger_id", "access_token", "api_key", "apikey", "token", "code", "sig", "key", "password", "secret",
    };

    /// <summary>
    /// <c>?name=value&amp;…</c> with every value <see cref="Redacted"/> except those of a few filter parameters, a name
    /// that is not a known parameter redacted too, at most 20 parameters; empty for no query.
    /// </summary>
    public static string Redact(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder("?");
        var shown = 0;
        foreach (var (name, values) in query)
        {
            if (shown++ == MaxParameters)
            {
                text.Append("&…");
                break;
            }

            if (shown > 1)
            {
                text.Append('&');
            }

            text.Append(s_shownNames.Contains(name) ? name : Redacted).Append('=');
            var value = values.ToString();
            text.Append(s_shownValues.Contains(name) && PlainText().IsMatch(value) ? value : Redacted);
        }

        return text.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9_.:+-]{1,40}$")]
    private static partial Regex PlainText();
}
