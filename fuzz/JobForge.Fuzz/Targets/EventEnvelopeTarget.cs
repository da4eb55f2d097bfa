using System.Text;
using System.Text.Json;
using JobForge.Application.Events;
using JobForge.Domain.Events;

namespace JobForge.Fuzz.Targets;

/// <summary>
/// <c>POST /api/v1/events</c> past the body reader: the envelope parser with the <c>Idempotency-Key</c> and
/// <c>traceparent</c> headers, then what ingestion and reading do with an accepted envelope (encrypt for storage, mask
/// for publishing, write the stored document, decrypt for a reader with <c>events:pii</c>). Input: optional headers
/// (<c>idempotency-key\ntraceparent</c>) before a NUL byte, then the body.
/// </summary>
public static class EventEnvelopeTarget
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Runs one input.</summary>
    public static void Run(byte[] data)
    {
        var (head, body) = FuzzInput.SplitAtNul(data);
        var headers = FuzzInput.Text(head).Split('\n', 2);
        var idempotencyKey = headers.Length > 0 && headers[0].Length > 0 ? headers[0] : null;
        var traceParent = headers.Length > 1 ? headers[1] : null;
        using var document = FuzzInput.Json(body);
        if (document is null)
        {
            return;
        }

        var context = new EventRequestContext(s_now, FixedIds.Instance, idempotencyKey, traceParent);
        var parsed = EventEnvelopeParser.Parse(document.RootElement, context);
        FuzzInput.Check(parsed.IsValid != (parsed.Problems.Count > 0), "a result is either an envelope or problems");
        if (!parsed.IsValid)
        {
            FuzzInput.Check(parsed.Problems.All(p => p.Path.Length > 0 && p.Code.Length > 0), "every problem has a path and a code");
            return;
        }

        var envelope = parsed.Envelope;
        FuzzInput.Check(StorageSafeId.IsValid(envelope.EventId, StorageSafeId.MaxEventIdLength)
            && StorageSafeId.IsValid(envelope.TenantId, StorageSafeId.MaxScopeIdLength), "the event and tenant ids are storage-safe keys");
        var stored = EventPayloadProtection.ForStorage(envelope, ReversibleProtector.Instance);
        var published = EventPayloadProtection.ForPublishing(envelope);
        var text = EventDocumentWriter.Write(envelope, published, s_now);
        using (JsonDocument.Parse(text))
        {
            // the stored and published document is JSON
        }

        var read = EventPayloadProtection.ForReader(stored, envelope.RedactionHints, new FieldProtectionContext(envelope.TenantId, envelope.EventId), true, ReversibleProtector.Instance);
        FuzzInput.Check(JsonElement.DeepEquals(read, envelope.Payload), "a reader with events:pii sees the payload as sent");
    }

    private sealed class FixedIds : IIdGenerator
    {
        public static readonly FixedIds Instance = new();

        public string NewEventId() => "01JFUZZEVENT0000000000000";

        public string NewTraceId() => "0af7651916cd43dd8448eb211c80319c";
    }

    /// <summary>A stand-in for AES-GCM: base64 of the plaintext, so decryption is exact.</summary>
    private sealed class ReversibleProtector : IFieldProtector
    {
        public static readonly ReversibleProtector Instance = new();

        public bool CanProtect => true;

        public string Protect(string plaintextJson, FieldProtectionContext context) => "enc:" + Convert.ToBase64String(Encoding.UTF8.GetBytes(plaintextJson));

        public bool TryUnprotect(string protectedValue, FieldProtectionContext context, out string plaintextJson)
        {
            plaintextJson = string.Empty;
            if (!protectedValue.StartsWith("enc:", StringComparison.Ordinal))
            {
                return false;
            }

            plaintextJson = Encoding.UTF8.GetString(Convert.FromBase64String(protectedValue[4..]));
            return true;
        }
    }
}
