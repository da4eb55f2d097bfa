using ModelContextProtocol.Server;

namespace JobForge.Server.Mcp;

/// <summary>The JobForge tools, built once and shared by every <c>/api/mcp</c> request.</summary>
internal sealed record McpToolSet(IReadOnlyList<McpServerTool> Tools);
