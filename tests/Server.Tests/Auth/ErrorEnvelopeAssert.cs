using System.Net;
using System.Text.Json;

namespace JobForge.Server.Tests.Auth;

/// <summary>Asserts a response is JobForge's error envelope with a given status and type.</summary>
internal static class ErrorEnvelopeAssert
{
    public static async Task<JsonElement> IsAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(text);
        var error = body.RootElement.GetProperty("error");
        Assert.Equal(type, error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.True(error.GetProperty("timestamp").TryGetDateTimeOffset(out _));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("trace_id").GetString()));
        return error.Clone();
    }
}
