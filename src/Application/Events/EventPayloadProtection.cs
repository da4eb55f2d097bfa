using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Domain.Events;

namespace JobForge.Application.Events;

/// <summary>
/// What each audience sees of a payload: at rest, <c>encrypt_fields</c> values are AES-GCM ciphertexts; readers with
/// <c>events:pii</c> get them decrypted; everyone else, and every published message and log, gets
/// <c>[ENCRYPTED]</c> and <c>[REDACTED]</c> in their place.
/// </summary>
public static class EventPayloadProtection
{
    /// <summary>The value shown in place of an encrypted one to readers without <c>events:pii</c>.</summary>
    public const string EncryptedMarker = "[ENCRYPTED]";

    /// <summary>The payload to store: <c>encrypt_fields</c> values replaced by their ciphertexts.</summary>
    public static JsonElement ForStorage(EventEnvelope envelope, IFieldProtector protector)
    {
        var paths = envelope.RedactionHints?.EncryptFields ?? [];
        if (paths.Count == 0)
        {
            return envelope.Payload;
        }

        var context = new FieldProtectionContext(envelope.TenantId, envelope.EventId);
        return PayloadPaths.ReplaceAll(envelope.Payload, paths, value => JsonValue.Create(protector.Protect(value.GetRawText(), context)));
    }

    /// <summary>The payload to publish: redacted, and encrypted values masked (the broker never holds PII or ciphertexts).</summary>
    public static JsonElement ForPublishing(EventEnvelope envelope) =>
        Mask(envelope.Payload, envelope.RedactionHints);

    /// <summary>A stored payload as a reader sees it: decrypted for <c>events:pii</c>, masked and redacted otherwise.</summary>
    public static JsonElement ForReader(JsonElement storedPayload, RedactionHints? hints, FieldProtectionContext context, bool canSeePii, IFieldProtector protector)
    {
        if (!canSeePii)
        {
            return Mask(storedPayload, hints);
        }

        var paths = hints?.EncryptFields ?? [];
        return paths.Count == 0
            ? storedPayload
            : PayloadPaths.ReplaceAll(storedPayload, paths, value =>
                value.ValueKind == JsonValueKind.String && protector.TryUnprotect(value.GetString()!, context, out var plaintext)
                    ? JsonNode.Parse(plaintext)
                    : JsonValue.Create(EncryptedMarker));
    }

    private static JsonElement Mask(JsonElement payload, RedactionHints? hints)
    {
        if (hints is null)
        {
            return payload;
        }

        var masked = hints.EncryptFields.Count == 0
            ? payload
            : PayloadPaths.ReplaceAll(payload, hints.EncryptFields, _ => JsonValue.Create(EncryptedMarker));
        return PayloadRedactor.Redact(masked, hints.RedactFields);
    }
}
