using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

/// <summary>
/// TempData in a cookie, minus one habit: the layout reads TempData for flash messages on every page, and the
/// stock provider then answers every visitor with a deletion of a cookie they never had. That Set-Cookie would
/// keep public pages out of the output cache (and any shared cache), so it is only sent to a visitor who has the cookie.
/// </summary>
internal sealed class QuietTempData(ITempDataProvider inner, string cookieName) : ITempDataProvider
{
    public static void Register(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider>(provider => new QuietTempData(
            ActivatorUtilities.CreateInstance<CookieTempDataProvider>(provider),
            provider.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!)));

    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count > 0 || context.Request.Cookies.ContainsKey(cookieName))
        {
            inner.SaveTempData(context, values);
        }
    }
}
