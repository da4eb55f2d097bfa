using JobForge.Cli;

return await CliApplication.RunAsync(args, CliRuntime.ForProcess());
