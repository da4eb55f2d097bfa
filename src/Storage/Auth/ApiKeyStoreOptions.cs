namespace JobForge.Storage.Auth;

/// <summary>Where <see cref="TableApiKeyStore"/> keeps API keys, bound from <c>JobForge:Auth</c>.</summary>
public sealed class ApiKeyStoreOptions
{
    /// <summary>The configuration section (shared with the server's authentication options).</summary>
    public const string SectionName = "JobForge:Auth";

    /// <summary>The default table name.</summary>
    public const string DefaultTableName = "jobforgeapikeys";

    /// <summary>
    /// The table (3–63 letters and digits, starting with a letter); created at first use if missing.
    /// Key: <c>JobForge:Auth:TableName</c>. Default <c>jobforgeapikeys</c>.
    /// </summary>
    public string TableName { get; set; } = DefaultTableName;
}
