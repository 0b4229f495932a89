using Microsoft.AspNetCore.Localization;

namespace LinkJ.Partnerships.Web.Infrastructure.Localization;

/// <summary>
/// A public page's language is its address's, and nothing else: a cookie or Accept-Language never turns /partners
/// Japanese, so each address has one language and caches as one page. Other pages go on to the cookie, then to
/// Accept-Language; whatever is not supported falls back to English.
/// </summary>
internal sealed class PublicAddressCultureProvider : RequestCultureProvider
{
    private static readonly Task<ProviderCultureResult?> JapaneseResult = Task.FromResult<ProviderCultureResult?>(new("ja"));
    private static readonly Task<ProviderCultureResult?> EnglishResult = Task.FromResult<ProviderCultureResult?>(new("en"));
    private static readonly Task<ProviderCultureResult?> NoResult = Task.FromResult<ProviderCultureResult?>(null);

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = PublicPaths.Original(httpContext);
        return !PublicPaths.IsPublic(path) ? NoResult : PublicPaths.IsJapanese(path) ? JapaneseResult : EnglishResult;
    }
}
