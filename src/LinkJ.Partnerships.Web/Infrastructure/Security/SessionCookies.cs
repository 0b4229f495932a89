using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Every cookie is HttpOnly, SameSite and (outside Development and the test host) Secure, enforced by the cookie
/// policy so a cookie added later cannot forget it. A session ends after <see cref="IdleTimeout"/> without a
/// request, and after <see cref="AbsoluteLifetime"/> whatever happens. Outside Development and the test host every
/// cookie we name carries the <c>__Host-</c> prefix: a browser then keeps it only if it came over HTTPS, for the whole
/// site and for this host alone, so a sibling subdomain or a plain-HTTP page cannot plant or overwrite it (ASVS 3.3.1).
/// </summary>
public static class SessionCookies
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    /// <summary>When the session began. Kept in the ticket's properties, which sliding renewal carries over.</summary>
    public const string SignedInAtKey = "linkj.signed-in-at";

    public const string HostPrefix = "__Host-";

    public static IServiceCollection AddSessionCookies(this IServiceCollection services)
    {
        services.AddOptions<CookiePolicyOptions>().Configure<IHostEnvironment>((options, environment) =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
            options.Secure = RelaxedFor(environment) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "linkj.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddOptions<AntiforgeryOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
            HostOnly(options.Cookie, options.Cookie.Name!, environment));
        services.AddOptions<CookieTempDataProviderOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
            HostOnly(options.Cookie, "linkj.tempdata", environment));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure<IHostEnvironment>((options, environment) =>
            HostOnly(options.Cookie, options.Cookie.Name!, environment));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure(options =>
        {
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            var validate = options.Events.OnValidatePrincipal;
            var deny = options.Events.OnRedirectToAccessDenied;
            options.Events.OnSigningIn = context =>
            {
                context.Properties.Items.TryAdd(SignedInAtKey, Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture));
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                if (!WithinAbsoluteLifetime(context.Properties, Now(context.HttpContext)))
                {
                    Logger(context.HttpContext).LogInformation("Session of {User} ended: older than {Hours} hours, from {Client}",
                        LogText.Clean(context.Principal?.Identity?.Name), AbsoluteLifetime.TotalHours, context.HttpContext.Connection.RemoteIpAddress);
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(context.Scheme.Name);
                    return;
                }

                await validate(context);
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                Logger(context.HttpContext).LogWarning("Access denied to {Path} for {User} from {Client}",
                    LogText.Clean(context.Request.Path + context.Request.QueryString), LogText.Clean(context.HttpContext.User.Identity?.Name),
                    context.HttpContext.Connection.RemoteIpAddress);
                context.RedirectUri = PublicAddress.Relative(context.RedirectUri);
                return deny(context);
            };
            // The framework builds these from the request's Host header; a path cannot point anywhere else.
            var signIn = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = context =>
            {
                context.RedirectUri = PublicAddress.Relative(context.RedirectUri);
                return signIn(context);
            };
        });
        return services;
    }

    /// <summary>Development and the test host may run over plain HTTP; everywhere else cookies travel only over HTTPS.</summary>
    private static bool RelaxedFor(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    /// <summary>
    /// A <c>__Host-</c> cookie must be Secure, have <c>Path=/</c> and no Domain, or the browser drops it; the
    /// antiforgery and TempData cookies would otherwise take the request's path base as their path.
    /// </summary>
    private static void HostOnly(CookieBuilder cookie, string name, IHostEnvironment environment)
    {
        if (RelaxedFor(environment))
        {
            return;
        }

        // Secure comes from the cookie policy. Set here, antiforgery would refuse to issue a token on any request
        // that reaches the app as plain HTTP, such as one from a TLS proxy that sends no X-Forwarded-Proto.
        cookie.Name = HostPrefix + name;
        cookie.Path = "/";
        cookie.Domain = null;
    }

    private static bool WithinAbsoluteLifetime(AuthenticationProperties properties, DateTimeOffset now) =>
        properties.Items.TryGetValue(SignedInAtKey, out var value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
        && now - signedInAt <= AbsoluteLifetime;

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionCookies).FullName!);
}
