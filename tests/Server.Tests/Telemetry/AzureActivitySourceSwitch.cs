using System.Runtime.CompilerServices;
using JobForge.Application.Telemetry;

namespace JobForge.Server.Tests.Telemetry;

/// <summary>
/// Turns the Azure SDKs' activity sources on before any test creates a storage client: Azure.Core reads the switch
/// once, and the server sets it only when it is built, which in this process may come after other tests' clients.
/// </summary>
internal static class AzureActivitySourceSwitch
{
    [ModuleInitializer]
    internal static void TurnOn() => AppContext.SetSwitch(JobForgeTelemetry.AzureActivitySourceSwitch, true);
}
