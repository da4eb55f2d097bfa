namespace JobForge.Server.Tests.Admission;

/// <summary><see cref="AdmissionTestServer"/> with <c>JOBFORGE_ADMISSION_CONTROL_ENABLED=0</c>: the bounds are configured but not in force.</summary>
public sealed class AdmissionOffTestServer : AdmissionTestServer
{
    public AdmissionOffTestServer()
        : base(admission: false)
    {
    }
}
