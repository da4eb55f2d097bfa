namespace JobForge.Application.Steps.Handlers.Command;

/// <summary>A verify pack stage resolved through the allow list.</summary>
/// <param name="Name">The stage name (<c>lint</c>, <c>typecheck</c>, <c>build</c>, <c>test</c>).</param>
/// <param name="Executable">The allow-list key.</param>
/// <param name="Path">The executable's absolute path.</param>
/// <param name="Args">The arguments.</param>
/// <param name="Network">Whether the sandboxed stage may use the network.</param>
internal sealed record PackStage(string Name, string Executable, string Path, IReadOnlyList<string> Args, bool Network);
