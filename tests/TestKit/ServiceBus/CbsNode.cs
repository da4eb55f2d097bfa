using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Amqp;
using Microsoft.Azure.Amqp.Framing;

namespace JobForge.TestKit.ServiceBus;

/// <summary>
/// The broker's <c>$cbs</c> node: answers each put-token request on the link whose target equals the request's
/// reply-to, with correlation-id = the request's message-id and an int <c>status-code</c>: 200 when the SAS token is
/// signed with the broker's key, 401 otherwise.
/// </summary>
internal sealed class CbsNode(string keyName, string key)
{
    public const string Address = "$cbs";
    private readonly ConcurrentDictionary<string, SendingAmqpLink> _replyLinks = new(StringComparer.Ordinal);
    private int _accepted;
    private int _refused;

    public (int Accepted, int Refused) Counts => (Volatile.Read(ref _accepted), Volatile.Read(ref _refused));

    public void Attach(AmqpLink link)
    {
        if (link is ReceivingAmqpLink requests)
        {
            requests.RegisterMessageListener(request => OnRequest(requests, request));
            requests.SetTotalLinkCredit(100, true, true);
            return;
        }

        var replies = (SendingAmqpLink)link;
        var replyTo = (replies.Settings.Target as Target)?.Address?.ToString()
            ?? throw new AmqpException(AmqpErrorCode.InvalidField, "A $cbs reply link needs a target address.");
        _replyLinks[replyTo] = replies;
        replies.Closed += (_, _) => _replyLinks.TryRemove(new KeyValuePair<string, SendingAmqpLink>(replyTo, replies));
    }

    private void OnRequest(ReceivingAmqpLink requests, AmqpMessage request)
    {
        using (request)
        {
            if (!request.Settled)
            {
                requests.AcceptMessage(request, false);
            }

            var replyTo = request.Properties?.ReplyTo?.ToString();
            if (replyTo is null || !_replyLinks.TryGetValue(replyTo, out var replies))
            {
                return;
            }

            var authorized = IsSignedWithTheKey(request.ValueBody?.Value as string);
            Interlocked.Increment(ref authorized ? ref _accepted : ref _refused);
            var response = AmqpMessage.Create();
            response.Properties.CorrelationId = request.Properties!.MessageId;
            response.ApplicationProperties.Map["status-code"] = authorized ? 200 : 401;
            response.ApplicationProperties.Map["status-description"] = authorized ? "OK" : "InvalidSignature";
            response.Settled = true;
            replies.SendMessageNoWait(response, AmqpConstants.EmptyBinary, AmqpConstants.NullBinary);
        }
    }

    // "SharedAccessSignature sr={encoded resource}&sig={encoded base64 HMAC-SHA256 of 'sr\nse'}&se={expiry}&skn={key name}"
    private bool IsSignedWithTheKey(string? token)
    {
        const string Prefix = "SharedAccessSignature ";
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var fields = token[Prefix.Length..].Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("sr", out var resource) || !fields.TryGetValue("se", out var expiry)
            || !fields.TryGetValue("sig", out var signature) || !fields.TryGetValue("skn", out var name)
            || !string.Equals(name, keyName, StringComparison.Ordinal))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(resource + "\n" + expiry));
        byte[] actual;
        try
        {
            actual = Convert.FromBase64String(Uri.UnescapeDataString(signature));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
