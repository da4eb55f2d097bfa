using System.Xml;
using System.Xml.Linq;
using Azure;

namespace JobForge.Storage.Pipeline;

/// <summary>
/// Loads the XML body of a successful Blob or Queue response with DTDs prohibited and no resolver. A body that is not
/// the expected XML becomes a <see cref="RequestFailedException"/> naming the operation, never an <see cref="XmlException"/>.
/// </summary>
internal static class StorageXml
{
    public static XElement LoadRoot(Response response, string expectedRoot, string operation)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(response.Content.ToStream(), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new RequestFailedException(response.Status, $"The {operation} response is not well-formed XML.", null, ex);
        }

        return document.Root is { } root && root.Name.LocalName == expectedRoot
            ? root
            : throw new RequestFailedException(response.Status, $"The {operation} response has no {expectedRoot} element.", null, null);
    }
}
