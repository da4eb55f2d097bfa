namespace JobForge.TestKit.Security;

/// <summary>One piece of text the leak scan searches, with where it came from (for the failure message).</summary>
/// <param name="Where">The place: <c>log Category</c>, <c>trace span</c>, <c>table name/pk/rk.Property</c>, <c>blob container/name</c>, ….</param>
/// <param name="Text">The text itself.</param>
public sealed record CapturedText(string Where, string Text);
