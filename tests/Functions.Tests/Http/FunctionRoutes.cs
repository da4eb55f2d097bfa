using System.Reflection;
using JobForge.Functions.Hosting;
using JobForge.Functions.Tests.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace JobForge.Functions.Tests.Http;

/// <summary>
/// What the Functions host does before it hands a request to the worker: pick the HTTP function whose
/// <c>functions.metadata</c> route (under <c>api/</c>) and methods match, literal segments before parameters.
/// </summary>
internal sealed class FunctionRoutes
{
    private readonly List<(HttpFunction Function, TemplateMatcher Matcher, int Parameters, MethodInfo Method)> _routes = [];

    public FunctionRoutes()
    {
        var assembly = typeof(JobForgeFunctions).Assembly;
        foreach (var function in FunctionsMetadata.HttpFunctions())
        {
            var template = TemplateParser.Parse("api/" + function.Route);
            var split = function.EntryPoint.LastIndexOf('.');
            var method = assembly.GetType(function.EntryPoint[..split], throwOnError: true)!.GetMethod(function.EntryPoint[(split + 1)..])!;
            _routes.Add((function, new TemplateMatcher(template, new RouteValueDictionary()), template.Parameters.Count, method));
        }
    }

    /// <summary>The function method for <paramref name="method"/> on <paramref name="path"/>, or null (the host answers 404).</summary>
    public MethodInfo? Match(string method, PathString path) =>
        _routes.Where(route => route.Function.Methods.Contains(method, StringComparer.OrdinalIgnoreCase)
                               && route.Matcher.TryMatch(path, new RouteValueDictionary()))
            .OrderBy(route => route.Parameters)
            .Select(route => route.Method)
            .FirstOrDefault();
}
