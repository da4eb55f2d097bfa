using JobForge.Durable.Benchmarks;

return args.FirstOrDefault() switch
{
    "bench" => await DurableBenchmark.RunAsync(args[1..]),
    "crash-worker" => await CrashWorker.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Durable.Benchmarks bench [--runs 200] | crash-worker <connection> <hub> <runs-table> <artifacts-container>");
    return 2;
}
