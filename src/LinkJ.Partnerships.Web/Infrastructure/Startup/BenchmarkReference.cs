using Microsoft.Extensions.FileProviders;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

/// <summary>
/// The load benchmark's physical reference: when <c>Benchmark:StaticRoot</c> names a folder, its files are served
/// as plain static files under <c>/benchmark-static/</c>, through the same pipeline as the pages. Off unless configured.
/// </summary>
public static class BenchmarkReference
{
    public const string RequestPath = "/benchmark-static";

    public static WebApplication UseBenchmarkReference(this WebApplication app)
    {
        var root = app.Configuration["Benchmark:StaticRoot"];
        if (!string.IsNullOrWhiteSpace(root) && Directory.Exists(root))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)), RequestPath = RequestPath });
        }

        return app;
    }
}
