using Microsoft.Azure.Functions.Worker.Builder;
using JobForge.Functions.Timers;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddJobForgeTimerFunctions();
builder.Build().Run();
