using System.Globalization;
using JobForge.Soak.Benchmarks;

// The soak and the scale-out run through the real server against a fresh Azurite. Not part of the tests.
// Usage: scripts/soak [--minutes 30] [--rate RUNS_PER_S] [--event-rate EVENTS_PER_S] [--window 5] [--sample 30]
//        scripts/scale [--servers 3] [--seconds 20] [--clients 64]
//        scripts/soak overload [--seconds 120] [--rate RUNS_PER_S] [--admission 1|0] [--timeout 10]
var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "soak";
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = mode == "soak" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

double? Opt(string name) => options.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : null;
return mode switch
{
    "scale" => await ScaleRun.RunAsync((int)(Opt("servers") ?? 3), (int)(Opt("seconds") ?? 20), (int)(Opt("clients") ?? 64)),
    "overload" => await OverloadRun.RunAsync((int)(Opt("seconds") ?? 120), Opt("rate"), (Opt("admission") ?? 1) != 0, Opt("timeout") ?? 10),
    "soak" => await SoakRun.RunAsync(Opt("minutes") ?? 30, Opt("rate"), Opt("event-rate"), (int)(Opt("window") ?? 5), (int)(Opt("sample") ?? 30)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Soak.Benchmarks [soak] [--minutes N] [--rate N] [--event-rate N] [--window MIN] [--sample S] | scale [--servers N] [--seconds N] [--clients N] | overload [--seconds N] [--rate N] [--admission 1|0] [--timeout S]");
    return 2;
}
