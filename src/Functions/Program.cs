using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
JobForge.Functions.Runs.DurableRunsServiceCollectionExtensions.AddJobForgeDurableRuns(builder.Services);
builder.Build().Run();
