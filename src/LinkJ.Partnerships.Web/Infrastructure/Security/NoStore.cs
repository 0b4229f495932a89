using Microsoft.AspNetCore.Mvc.Filters;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Staff pages and their exports hold internal data: no browser or proxy may keep a copy, not even after
/// sign-out on a shared machine. Set before the handler runs, so 404s and file results carry it too.
/// Written exactly as antiforgery writes it for the layout's sign-out form: anything else makes antiforgery
/// override it and log a warning on every staff page (a console write per request under load).
/// </summary>
public sealed class NoStore : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-cache, no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        return next();
    }
}
