using System.Security.Cryptography;
using JobForge.Domain.Events;

namespace JobForge.Application.Identity;

/// <summary>
/// Generated ids: event ids are <c>evt_</c> plus a time-ordered UUID v7 (hex) from the injected clock; trace ids are 128
/// random bits as 32 lowercase hex digits (W3C trace-context shape).
/// </summary>
public sealed class RandomIdGenerator(TimeProvider time) : IIdGenerator
{
    /// <inheritdoc />
    public string NewEventId() => "evt_" + Guid.CreateVersion7(time.GetUtcNow()).ToString("N");

    /// <inheritdoc />
    public string NewTraceId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
