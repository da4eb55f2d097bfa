using JobForge.Server.Tests.Events;
using JobForge.TestKit;

namespace JobForge.Server.Tests.Templates;

/// <summary>
/// One real server for the template tests (its own tables on the shared Azurite, audit on): the growth module fully
/// configured, finops without its signing secret, ops and support not at all, and VERIFY_PACK_ENABLED off.
/// Tests isolate themselves by using their own tenant ids.
/// </summary>
public sealed class TemplatesTestServer : IAsyncLifetime
{
    private EventsTestServer? _server;

    internal EventsTestServer Server => _server ?? throw new InvalidOperationException("not started");

    public static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>();
        settings["JobForge:Templates:TableName"] = UniqueNames.Next("templates");
        settings["JobForge:Templates:EnablementTableName"] = UniqueNames.Next("switches");
        settings["JobForge:Modules:growth:BaseUrl"] = "https://growth.example.test/";
        settings["JobForge:Modules:growth:SigningSecret"] = "growth-signing-secret-for-tests";
        settings["JobForge:Modules:finops:BaseUrl"] = "https://finops.example.test/";
        return settings;
    }

    public async Task InitializeAsync() => _server = await EventsTestServer.StartAsync(Settings());

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    internal static Task<HttpResponseMessage> PostAsync(EventsTestServer server, string? key, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        return server.SendAsync(request, key, null);
    }
}
