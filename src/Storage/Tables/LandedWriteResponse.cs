using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace JobForge.Storage.Tables;

/// <summary>
/// The answer a <see cref="TablePartitionBatcher"/> group gets for an action found stored exactly as sent after its
/// transaction's answer was lost: 204 No Content with the stored row's ETag, as the lost answer would have carried.
/// </summary>
internal sealed class LandedWriteResponse(ETag etag) : Response
{
    public override int Status => 204;

    public override string ReasonPhrase => "No Content";

    public override Stream? ContentStream { get => null; set => throw new NotSupportedException("A landed write has no content."); }

    public override string ClientRequestId { get; set; } = "";

    public override void Dispose()
    {
    }

    protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() =>
        etag == default ? [] : [new HttpHeader(HttpHeader.Names.ETag, etag.ToString("H"))];

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = etag != default && string.Equals(name, HttpHeader.Names.ETag, StringComparison.OrdinalIgnoreCase) ? etag.ToString("H") : null;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = TryGetHeader(name, out var value) ? [value] : null;
        return values is not null;
    }
}
