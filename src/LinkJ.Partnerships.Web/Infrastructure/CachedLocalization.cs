using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Infrastructure;

/// <summary>
/// Resource strings looked up once per culture and then read from a dictionary. The resx localizer takes locks
/// inside ResourceManager on every lookup; a directory page makes a few hundred lookups, and under load the
/// threads queued on those locks (6 % of CPU in Monitor.Enter in a trace of /partners). See docs/performance.md.
/// </summary>
public static class CachedLocalization
{
    public static IServiceCollection AddCachedLocalization(this IServiceCollection services, Action<LocalizationOptions> configure)
    {
        services.AddLocalization(configure);
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, Factory>();
        return services;
    }

    private sealed class Factory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
    {
        private readonly ConcurrentDictionary<(Type?, string?, string?), IStringLocalizer> _localizers = new();

        public IStringLocalizer Create(Type resourceSource) =>
            _localizers.GetOrAdd((resourceSource, null, null), _ => new Localizer(resources.Create(resourceSource)));

        public IStringLocalizer Create(string baseName, string location) =>
            _localizers.GetOrAdd((null, baseName, location), _ => new Localizer(resources.Create(baseName, location)));
    }

    private sealed class Localizer(IStringLocalizer inner) : IStringLocalizer
    {
        private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _strings = new();

        public LocalizedString this[string name] =>
            _strings.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (key, inner) => inner[key.Name], inner);

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var format = this[name];
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
    }
}
