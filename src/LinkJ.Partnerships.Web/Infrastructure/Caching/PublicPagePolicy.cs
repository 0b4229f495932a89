using System.Globalization;
using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Infrastructure.Caching;

/// <summary>
/// Caches a public page only for anonymous GETs and stores only a plain 200 that sets no cookie. A signed-in
/// visitor neither reads nor writes the cache: their pages carry their name and menus.
/// </summary>
internal sealed class PublicPagePolicy : IOutputCachePolicy
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var anonymous = http.User.Identity?.IsAuthenticated != true && !http.Request.Headers.ContainsKey("Authorization");
        var cacheable = anonymous && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !http.Request.Cookies.ContainsKey(TempDataCookie(http));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(PublicPageCache.Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;

        // Statuses depend on today (Tokyo); the version makes a page read before a write a different entry.
        var services = http.RequestServices;
        context.CacheVaryByRules.VaryByValues["day"] = services.GetRequiredService<RegistryClock>().Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["version"] = services.GetRequiredService<RegistryChanges>().Version.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    /// <summary>A visitor who brings TempData has a message waiting, so gets a fresh page.</summary>
    private static string TempDataCookie(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
