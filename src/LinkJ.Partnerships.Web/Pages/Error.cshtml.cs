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

    private void Describe()
    {
        Code = ReExecutedCode() ?? StatusCodes.Status404NotFound;
        RequestId = HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
    }

    // Only the exception handler and the status-code pages send a request here. Anyone else asking for the
    // address directly gets a 404, so a visitor cannot make the server answer 500 and log an error at will.
    private int? ReExecutedCode()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return StatusCodes.Status500InternalServerError;
        }

        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            return null;
        }

        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
    }
}
