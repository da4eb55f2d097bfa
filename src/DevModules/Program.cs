using JobForge.DevModules;

try
{
    var app = DevModuleHost.Build(args);
    app.Run();
    return 0;
}
catch (DevModuleStartException refused)
{
    Console.Error.WriteLine(refused.Message);
    return 2;
}
