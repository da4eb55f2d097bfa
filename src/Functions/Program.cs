using JobForge.Functions.Hosting;
using Microsoft.Extensions.Hosting;

// The whole composition (what the app registers, in order) is JobForgeFunctions.Build, as JobForgeServer.Build is the
// server's; durable run orchestrations and timer functions add their one registration line each there (marked).
var app = JobForgeFunctions.Build(args);
app.Run();
