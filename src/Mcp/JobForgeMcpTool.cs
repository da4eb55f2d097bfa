using System.Text.Json;
using System.Text.Json.Nodes;
using JobForge.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace JobForge.Mcp;

/// <summary>
/// One JobForge tool: reads its arguments, calls the API through the client SDK with the caller's key (so every gate of
/// the API applies), and returns the answer as structured content. A <see cref="JobForgeException"/> becomes an
/// <c>isError</c> result carrying the envelope's type, message, details and trace id; bad arguments become a
/// <c>validation_failed</c> one. Nothing else is caught: a bug surfaces as the SDK's own error, not as a fake answer.
/// </summary>
internal abstract class JobForgeMcpTool : McpServerTool
{
    private readonly IJobForgeClientSource _clients;
    private readonly Tool _tool;
    private readonly string[] _arguments;

    protected JobForgeMcpTool(IJobForgeClientSource clients, ToolDefinition definition)
    {
        _clients = clients;
        _arguments = definition.InputProperties.Select(p => p.Key).ToArray();
        _tool = new Tool
        {
            Name = definition.Name,
            Title = definition.Title,
            Description = definition.Description,
            InputSchema = ToolSchemas.Input(definition.InputProperties, definition.Required),
            OutputSchema = definition.OutputSchema,
            Annotations = new ToolAnnotations
            {
                Title = definition.Title,
                ReadOnlyHint = definition.ReadOnly,
                DestructiveHint = false,
                IdempotentHint = definition.ReadOnly,
                OpenWorldHint = false,
            },
        };
    }

    public override Tool ProtocolTool => _tool;

    public override IReadOnlyList<object> Metadata => [];

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var arguments = new ToolArguments(request.Params?.Arguments, _arguments);
            var result = await CallAsync(_clients.GetClient(), arguments, cancellationToken).ConfigureAwait(false);
            return ToolResults.Success(result);
        }
        catch (ToolArgumentException e)
        {
            return ToolResults.InvalidArguments(e);
        }
        catch (JobForgeException e)
        {
            return ToolResults.Error(e);
        }
        catch (HttpRequestException)
        {
            return ToolResults.Unreachable("The JobForge API could not be reached; check the server address and retry.");
        }
    }

    /// <summary>Calls the API and returns the result object.</summary>
    protected abstract Task<JsonObject> CallAsync(JobForgeClient client, ToolArguments arguments, CancellationToken cancellationToken);

    /// <summary><paramref name="value"/> as its API JSON object.</summary>
    protected static JsonObject AsObject<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.SerializeToNode(value, type)!.AsObject();
}
