using System.Reflection;
using System.Xml.Linq;
using JobForge.Application.Hosting;
using JobForge.Functions.Hosting;
using JobForge.Server.Hosting;
using JobForge.TestKit;

namespace JobForge.Functions.Tests.Architecture;

/// <summary>Two hosts over one application: neither host references the other, and src/Application references neither.</summary>
public sealed class HostReferenceTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src");

    [Theory]
    [InlineData("Server", "Functions")]
    [InlineData("Functions", "Server")]
    [InlineData("Application", "Server")]
    [InlineData("Application", "Functions")]
    public void Project_DoesNotReferenceTheHost_EvenTransitively(string project, string host)
    {
        var closure = ProjectClosure(project);

        Assert.True(closure.Count > 0 || project == "Domain", $"{project}.csproj references nothing: was it moved?");
        Assert.DoesNotContain(host, closure);
    }

    [Fact]
    public void HostAssemblies_DoNotReferenceEachOther_AndApplicationReferencesNeither()
    {
        var server = typeof(JobForgeServer).Assembly;
        var functions = typeof(JobForgeFunctions).Assembly;
        var application = typeof(ApiPipelineApplicationBuilderExtensions).Assembly;

        Assert.DoesNotContain(References(server), name => name == functions.GetName().Name);
        Assert.DoesNotContain(References(functions), name => name == server.GetName().Name);
        Assert.DoesNotContain(References(application), name => name == server.GetName().Name || name == functions.GetName().Name);
        Assert.Contains(application.GetName().Name, References(server));
        Assert.Contains(application.GetName().Name, References(functions));
    }

    private static List<string?> References(Assembly assembly) => [.. assembly.GetReferencedAssemblies().Select(name => name.Name)];

    /// <summary>Every project <paramref name="project"/> references, directly or through others (folder names under src).</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(DirectReferences(project));
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var reference in DirectReferences(next))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<string> DirectReferences(string project)
    {
        var path = Path.Combine(Source, project, project + ".csproj");
        Assert.True(File.Exists(path), "No project file at " + path);
        return XDocument.Load(path).Descendants("ProjectReference")
            .Select(reference => (string?)reference.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToList();
    }
}
