using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace LinkJ.Partnerships.Web.Infrastructure.Caching;

/// <summary>
/// Anonymous public pages (the home page and the partner directory) come from the output cache, one entry per
/// address with its query, culture and day. Every committed write to the registry evicts them by tag, and the
/// registry's version is part of each entry's key, so a page rendered from rows read before a write can never be
/// served after it. <c>OutputCache:Enabled=false</c> turns the cache off (to measure the cache-miss path).
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "PublicPages";
    public const string Tag = "registry";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PolicyName, new PublicPagePolicy());

            // 1,000 directory pages of ~30 KB: a crawler trying every filter cannot grow the process by the default's 100 MB.
            options.SizeLimit = 32 * 1024 * 1024;
        });
        services.AddSingleton<IRegistryChangeListener, Eviction>();
        services.Configure<RazorPagesOptions>(options =>
        {
            var cached = new OutputCacheAttribute { PolicyName = PolicyName };
            options.Conventions.AddPageApplicationModelConvention("/Index", model => model.EndpointMetadata.Add(cached));
            options.Conventions.AddFolderApplicationModelConvention("/Partners", model => model.EndpointMetadata.Add(cached));
        });
        return services;
    }

    public static WebApplication UsePublicPageCache(this WebApplication app)
    {
        if (app.Configuration.GetValue("OutputCache:Enabled", defaultValue: true))
        {
            app.UseOutputCache();
        }

        return app;
    }

    private sealed class Eviction(IOutputCacheStore store) : IRegistryChangeListener
    {
        public ValueTask RegistryChangedAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);
    }
}
