using Microsoft.AspNetCore.Localization;

namespace LinkJ.Partnerships.Web.Infrastructure.Localization;

/// <summary>
/// The API's labels may be asked for in the address, <c>?lang=ja</c>, as well as with <c>Accept-Language</c>: a link
/// or a spreadsheet's web query cannot always set a header. Only under <c>/api/</c>; a language the registry does not
/// have is passed over, as an unknown <c>Accept-Language</c> is.
/// </summary>
internal sealed class ApiLanguageProvider : RequestCultureProvider
{
    public const string Parameter = "lang";

    private static readonly Task<ProviderCultureResult?> NoResult = Task.FromResult<ProviderCultureResult?>(null);

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var request = httpContext.Request;
        return request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && request.Query[Parameter] is [{ Length: > 0 and <= 10 } lang]
            ? Task.FromResult<ProviderCultureResult?>(new(lang))
            : NoResult;
    }
}
