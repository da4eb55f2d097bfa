using System.Xml;
using Azure;
using Azure.Core;

namespace JobForge.Storage.ServiceBus;

/// <summary>
/// Reads a failed Service Bus REST response, <c>&lt;Error&gt;&lt;Code&gt;401&lt;/Code&gt;&lt;Detail&gt;…&lt;/Detail&gt;&lt;/Error&gt;</c>,
/// into <see cref="RequestFailedException.ErrorCode"/> (the <c>Code</c>) and the message (the <c>Detail</c>).
/// </summary>
internal sealed class ServiceBusErrorDetailsParser : RequestFailedDetailsParser
{
    public static readonly ServiceBusErrorDetailsParser Instance = new();

    private const int MaxErrorBodyBytes = 64 * 1024;

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        error = null;
        BinaryData content;
        try
        {
            content = response.Content;
        }
        catch (InvalidOperationException)
        {
            return false; // A streamed body that was not buffered.
        }

        var bytes = content.ToMemory();
        if (bytes.Length is 0 or > MaxErrorBodyBytes || bytes.Span.TrimStart(" \r\n\t\uFEFF"u8) is not [(byte)'<', ..])
        {
            return false;
        }

        string? code = null, detail = null;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(content.ToStream(), settings);
            while (!reader.EOF)
            {
                // ReadElementContentAsString already moves to the next node, so only Read() past anything else.
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Code")
                {
                    code = reader.ReadElementContentAsString();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Detail")
                {
                    detail = reader.ReadElementContentAsString();
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException)
        {
            return false; // The status still tells the story.
        }

        error = code is null && detail is null ? null : new ResponseError(code, detail);
        return error is not null;
    }
}
