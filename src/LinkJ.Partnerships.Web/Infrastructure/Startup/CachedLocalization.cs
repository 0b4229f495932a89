using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

/// <summary>
/// Resource strings looked up once per culture and then read from a dictionary. The resx localizer takes locks
/// inside ResourceManager on every lookup; a directory page makes a few hundred lookups, and under load the
/// threads queued on those locks (6 % of CPU in Monitor.Enter in a trace of /partners). See docs/performance.md.
/// The views' localizer (<c>IViewLocalizer</c>) keeps its strings too: it made a new LocalizedHtmlString for every
/// lookup, about fifty a directory page.
/// </summary>
public static class CachedLocalization
{
    public static IServiceCollection AddCachedLocalization(this IServiceCollection services, Action<LocalizationOptions> configure)
    {
        services.AddLocalization(configure);
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, Factory>();
        services.AddSingleton<IHtmlLocalizerFactory, HtmlFactory>();
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

    private sealed class HtmlFactory(IStringLocalizerFactory strings) : IHtmlLocalizerFactory
    {
        private readonly ConcurrentDictionary<(Type?, string?, string?), IHtmlLocalizer> _localizers = new();

        public IHtmlLocalizer Create(Type resourceSource) =>
            _localizers.GetOrAdd((resourceSource, null, null), _ => new HtmlLocalizer(strings.Create(resourceSource)));

        public IHtmlLocalizer Create(string baseName, string location) =>
            _localizers.GetOrAdd((null, baseName, location), _ => new HtmlLocalizer(strings.Create(baseName, location)));
    }

    private sealed class HtmlLocalizer(IStringLocalizer inner) : IHtmlLocalizer
    {
        private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedHtmlString> _strings = new();

        public LocalizedHtmlString this[string name] =>
            _strings.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (key, inner) => Html(inner[key.Name]), inner);

        public LocalizedHtmlString this[string name, params object[] arguments] => Html(inner[name], arguments);

        public LocalizedString GetString(string name) => inner[name];

        public LocalizedString GetString(string name, params object[] arguments) => inner[name, arguments];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private static LocalizedHtmlString Html(LocalizedString text, params object[] arguments) =>
            new(text.Name, text.Value, text.ResourceNotFound, arguments);
    }
}
