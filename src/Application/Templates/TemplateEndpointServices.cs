using JobForge.Domain.Templates;
using JobForge.Application.Audit;
using JobForge.Application.Flags;

namespace JobForge.Application.Templates;

/// <summary>What the template handlers need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record TemplateEndpointServices(
    TemplateCatalog Catalog,
    ITemplateStore Store,
    TemplateModuleSettings Modules,
    FeatureFlagsReader Flags,
    AuditRecorder Audit,
    TimeProvider Time);
