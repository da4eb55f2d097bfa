using JobForge.Fuzz;
using SharpFuzz;

// JobForge.Fuzz <target> [--replay <file or folder>...]
//   <target>            under afl-fuzz (scripts/fuzz): SharpFuzz's persistent-mode fork server, one input per run.
//   --replay paths...   runs the files (or every file in the folders) once each and reports the first failure: how a
//                       crash or hang that afl-fuzz saved is reproduced.
//   --list              prints the target names.
if (args is ["--list"])
{
    foreach (var target in FuzzTargets.All)
    {
        Console.WriteLine(target.Name);
    }

    return 0;
}

if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } chosen)
{
    Console.Error.WriteLine("usage: JobForge.Fuzz <target> [--replay <file or folder>...] | --list");
    Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Select(t => t.Name)));
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    return FuzzReplay.Run(chosen, args[2..], Console.Out);
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    chosen.Run(buffer.ToArray());
});
return 0;
