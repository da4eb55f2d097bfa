namespace JobForge.Domain.Admission;

/// <summary>
/// A store whose writes wait in an in-memory group-commit queue says how far behind that queue is, so the API can refuse
/// new work while storage cannot keep up (see <see cref="AdmissionPolicy"/>). Reading it is cheap and does no I/O.
/// </summary>
public interface IWriteBacklog
{
    /// <summary>The backlog of <paramref name="tenantId"/>'s partition and of the whole store.</summary>
    (WriteBacklog Tenant, WriteBacklog Total) MeasureWriteBacklog(string tenantId);
}
