using LinkJ.Partnerships.Web.Infrastructure.Security;
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
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        RequestId = HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
    }
}
