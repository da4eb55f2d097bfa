using JobForge.Cli.Commands.Jobs;
using JobForge.Cli.Configuration;

namespace JobForge.Cli.Tests;

/// <summary>Configuration precedence, in process: option, then environment, then profile, each setting on its own.</summary>
public sealed class ConnectionResolverTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "jobforge-resolver-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _environment = [];

    public ConnectionResolverTests()
    {
        var store = new ProfileStore(_directory);
        var document = new ProfileDocument();
        document.Profiles["default"] = new Profile { Url = "http://profile.test:1/", ApiKey = "profile-key", Tenant = "profile-tenant" };
        document.Profiles["other"] = new Profile { Url = "http://other.test:2/base" };
        store.Save(document);
    }

    private Connection Resolve(ApiSettings settings, bool requireKey = true) =>
        new ConnectionResolver(name => _environment.GetValueOrDefault(name), new ProfileStore(_directory)).Resolve(settings, requireKey);

    [Fact]
    public void Resolve_WithNothingElseSet_UsesTheDefaultProfile()
    {
        var connection = Resolve(new RunDecisionSettings());

        Assert.Equal((new Uri("http://profile.test:1/"), "profile-key", "profile-tenant"), (connection.Url, connection.ApiKey, connection.Tenant));
    }

    [Fact]
    public void Resolve_EnvironmentBeatsProfile_AndOptionsBeatEnvironment_SettingBySetting()
    {
        _environment["JOBFORGE_URL"] = "http://env.test:3";
        _environment["JOBFORGE_TENANT"] = "env-tenant";

        var fromEnvironment = Resolve(new RunDecisionSettings());
        var fromOptions = Resolve(new RunDecisionSettings { Url = "http://option.test:4/", ApiKey = "option-key", Tenant = "option-tenant" });

        Assert.Equal((new Uri("http://env.test:3/"), "profile-key", "env-tenant"), (fromEnvironment.Url, fromEnvironment.ApiKey, fromEnvironment.Tenant));
        Assert.Equal((new Uri("http://option.test:4/"), "option-key", "option-tenant"), (fromOptions.Url, fromOptions.ApiKey, fromOptions.Tenant));
    }

    [Fact]
    public void Resolve_NamedProfile_ComesFromTheOptionOrTheEnvironment_AndAPathKeepsATrailingSlash()
    {
        _environment["JOBFORGE_PROFILE"] = "other";
        _environment["JOBFORGE_API_KEY"] = "env-key";

        var connection = Resolve(new ApiSettings());

        Assert.Equal(new Uri("http://other.test:2/base/"), connection.Url);
        Assert.Equal("env-key", connection.ApiKey);
        Assert.Throws<CliConfigurationException>(() => Resolve(new ApiSettings { Profile = "missing" }));
    }

    [Theory]
    [InlineData("ftp://x.test/")]
    [InlineData("localhost:7071")]
    [InlineData("http://x.test/?a=b")]
    public void Resolve_UrlThatIsNotAnAbsoluteHttpUrl_IsAConfigurationError(string url)
    {
        var error = Assert.Throws<CliConfigurationException>(() => Resolve(new ApiSettings { Url = url }));

        Assert.Contains("--url", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WithoutAnyKey_FailsOnlyWhenOneIsRequired()
    {
        Directory.Delete(_directory, recursive: true);
        _environment["JOBFORGE_URL"] = "http://env.test/";

        Assert.Null(Resolve(new ApiSettings(), requireKey: false).ApiKey);
        Assert.Contains("JOBFORGE_API_KEY", Assert.Throws<CliConfigurationException>(() => Resolve(new ApiSettings())).Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
