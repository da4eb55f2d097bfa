using JobForge.Server.Hosting;

var app = JobForgeServer.Build(args);
app.Run();
