using System.Net.Http.Headers;
using System.Text;
using JobForge.Server.Tests.Events;

namespace JobForge.Server.Tests.Contracts;

/// <summary>Sends contracts to <c>PUT /api/v1/templates/{key}</c>, and sample contracts.</summary>
internal static class ContractRequests
{
    public static Task<HttpResponseMessage> PutAsync(EventsTestServer server, string? apiKey, string templateKey, string body, string contentType = "application/yaml")
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/templates/" + templateKey) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return server.SendAsync(request, apiKey, null);
    }

    /// <summary>A sound read-only YAML contract; <paramref name="steps"/> replaces the steps block when given.</summary>
    public static string Yaml(string key, string version = "1.0.0", string? steps = null, string extra = "") => $"""
        template_key: {key}
        name: "Check a site"
        description: 'Fetches a URL: reports # status'
        category: ops
        version: "{version}"
        required_scopes: [ops:read]
        input_schema:
          type: object
          properties:
            url: {"{"}type: string, description: The URL{"}"}
            depth: {"{"}type: integer, default: 2{"}"}
            mode: {"{"}type: string, enum: [fast, full]{"}"}
            verbose: {"{"}type: boolean{"}"}
          required: [url]
        {extra}
        steps:
        {steps ?? DefaultSteps}
        """;

    public const string DefaultSteps = """
          - id: fetch
            uses: http
            with:
              url: "${{ inputs.url }}"
              method: GET
              headers: {Authorization: "Bearer ${{ secrets.SITE_TOKEN }}"}
          - id: summarise
            uses: transform
            depends_on: [fetch]
            with:
              status: "${{ steps.fetch.outputs.status }}"
        """;
}
