using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages;

/// <summary>The friendly error page, for unhandled exceptions and for error status codes. It never shows exception text.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string RequestId { get; private set; } = string.Empty;

    // The code is read from the route, not bound: a re-executed POST may carry a form that cannot be read
    // (that may be why it failed), and binding would read it again and turn a 400 into a 500.
    public void OnGet() => Describe();

    public void OnPost() => Describe();

    /// <summary>
    /// True when a visitor asked for the error page's address rather than being sent here by a failure: its status
    /// says nothing about the server, so the request log does not report it as an error.
    /// </summary>
    public static bool WasAskedForDirectly(HttpContext context) => context.Items.ContainsKey(DirectRequest);

    private const string DirectRequest = "linkj.error.direct";

    private void Describe()
    {
        var reExecuted = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null
            || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted)
        {
            HttpContext.Items[DirectRequest] = true;
        }

        Code = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null ? StatusCodes.Status500InternalServerError : RouteCode(reExecuted);
        RequestId = HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
    }

    // Sent here by the status-code pages, any code is shown as it is (an unreadable one as a 500); asked for directly,
    // only an address with an error code shows that page, and the bare address is not a page (404).
    private int RouteCode(bool reExecuted)
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return code is >= 400 and <= 599 ? code : reExecuted ? StatusCodes.Status500InternalServerError : StatusCodes.Status404NotFound;
    }
}
