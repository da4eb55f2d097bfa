namespace JobForge.DevModules;

/// <summary>A module and one of its operations, as in <c>POST /{module}/operations/{operation}</c>.</summary>
public sealed record OperationKey(string Module, string Operation);
