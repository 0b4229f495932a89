using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Headers on every response, pages, static files, health and errors alike. Scripts come only from this site's
/// own files, so an injected script tag or event handler does not run even if encoding were ever missed.
/// </summary>
public static class SecurityHeaders
{
    // Style attributes stay allowed: they cannot run script, and pages use them for computed widths.
    // Style elements and stylesheets must come from the site.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-elem 'self'; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; " +
        "base-uri 'none'; object-src 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = true;
        });
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                // A stricter policy set by the endpoint stays (the calendar feed's address is a secret: no-referrer).
                headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
