namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// The registry answers GET, HEAD and POST only; any other method, OPTIONS included, gets 405 with an
/// <c>Allow</c> header before routing. Razor Pages would otherwise draw a page for a method it has no handler for
/// (TRACE crashed with a 500) or check antiforgery on it (PUT, DELETE gave 400). The app has no cross-origin
/// callers, so OPTIONS has nothing to announce, and one answer for every method is simpler to reason about.
/// </summary>
public static class AllowedMethods
{
    public const string Allow = "GET, HEAD, POST";

    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = Allow;
            return Task.CompletedTask;
        });
}
