namespace JobForge.Fuzz;

/// <summary>
/// One parser under fuzzing: <see cref="Run"/> feeds it one input and throws only when the parser broke its contract
/// (an exception escaped a parser that promises never to throw, or an invariant of its result failed). Inputs are bytes;
/// each target decodes them the way its production caller does.
/// </summary>
/// <param name="Name">The target's name on the command line, and its corpus folder <c>fuzz/JobForge.Fuzz/corpus/&lt;name&gt;</c>.</param>
/// <param name="Run">Runs one input through the target.</param>
public sealed record FuzzTarget(string Name, Action<byte[]> Run);
