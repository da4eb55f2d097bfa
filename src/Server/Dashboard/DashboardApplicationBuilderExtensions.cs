using Microsoft.Extensions.FileProviders;

namespace JobForge.Server.Dashboard;

/// <summary>
/// Serves the operations dashboard (plain ES modules and CSS from <c>Dashboard/static</c>, copied beside the server's
/// assembly as <c>dashboard/</c>) at <c>/</c>. It calls only the public <c>/api/v1</c>; its pages get a strict
/// Content-Security-Policy: same-origin scripts, styles and connections only, no inline code, no framing.
/// </summary>
public static class DashboardApplicationBuilderExtensions
{
    /// <summary>The folder under the application's base directory the assets are copied to.</summary>
    public const string FolderName = "dashboard";

    /// <summary>The policy on every dashboard asset: nothing inline, nothing from another origin.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Serves <c>/</c> (index.html) and the dashboard's assets; does nothing when the assets are not deployed.</summary>
    public static WebApplication UseJobForgeDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (!Directory.Exists(root))
        {
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = static prepared =>
            {
                var headers = prepared.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.CacheControl = "no-cache";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
            },
        });
        return app;
    }
}
