using JobForge.Functions.Hosting;
using Microsoft.Extensions.Hosting;

// The whole composition (what the app registers, in order) is JobForgeFunctions.Build, as JobForgeServer.Build is the server's.
var app = JobForgeFunctions.Build(args);
app.Run();
