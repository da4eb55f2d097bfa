using System.Text.Json;
using System.Xml;
using Azure;
using Azure.Core;

namespace JobForge.Storage.Pipeline;

/// <summary>
/// Reads the error code and message of a failed storage response, for <see cref="RequestFailedException.ErrorCode"/>:
/// the <c>x-ms-error-code</c> header first, then the body — XML <c>&lt;Error&gt;&lt;Code&gt;</c> with
/// <c>&lt;Message&gt;</c> (Blob, Queue) or <c>&lt;Detail&gt;</c> (Service Bus), JSON <c>odata.error</c> (Table) or JSON <c>error</c>.
/// </summary>
internal sealed class StorageErrorDetailsParser : RequestFailedDetailsParser
{
    public static readonly StorageErrorDetailsParser Instance = new();

    private const int MaxErrorBodyBytes = 64 * 1024;

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var headerCode = response.Headers.TryGetValue("x-ms-error-code", out var value) && !string.IsNullOrEmpty(value) ? value : null;
        var (bodyCode, message) = ReadBody(response);
        var code = headerCode ?? (string.IsNullOrEmpty(bodyCode) ? null : bodyCode);
        error = code is null && message is null ? null : new ResponseError(code, message);
        return error is not null;
    }

    private static (string? Code, string? Message) ReadBody(Response response)
    {
        BinaryData content;
        try
        {
            content = response.Content;
        }
        catch (InvalidOperationException)
        {
            return (null, null); // A streamed body that was not buffered: the header is all there is.
        }

        if (content.ToMemory().Length is 0 or > MaxErrorBodyBytes)
        {
            return (null, null);
        }

        var first = content.ToMemory().Span.TrimStart(" \r\n\t\uFEFF"u8);
        try
        {
            if (first.Length > 0 && first[0] == (byte)'{')
            {
                return ReadJson(content);
            }

            if (first.Length > 0 && first[0] == (byte)'<')
            {
                return ReadXml(content);
            }
        }
        catch (Exception ex) when (ex is JsonException or XmlException)
        {
            // An unparseable error body still leaves the status and the header code.
        }

        return (null, null);
    }

    private static (string? Code, string? Message) ReadJson(BinaryData content)
    {
        using var document = JsonDocument.Parse(content);
        var root = document.RootElement;
        if (!root.TryGetProperty("odata.error", out var error) && !root.TryGetProperty("error", out error))
        {
            return (null, null);
        }

        var code = error.TryGetProperty("code", out var codeElement) ? codeElement.GetString() : null;
        string? message = null;
        if (error.TryGetProperty("message", out var messageElement))
        {
            message = messageElement.ValueKind == JsonValueKind.Object && messageElement.TryGetProperty("value", out var value)
                ? value.GetString()
                : messageElement.ValueKind == JsonValueKind.String ? messageElement.GetString() : null;
        }

        return (code, message);
    }

    private static (string? Code, string? Message) ReadXml(BinaryData content)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(content.ToStream(), settings);
        string? code = null, message = null;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            // ReadElementContentAsString already moves to the next node: reading again would skip an adjacent element.
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Code")
            {
                code = reader.ReadElementContentAsString();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Message" or "Detail")
            {
                message = reader.ReadElementContentAsString();
            }
            else
            {
                reader.Read();
            }
        }

        return (code, message);
    }
}
