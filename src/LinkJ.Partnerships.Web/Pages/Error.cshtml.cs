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

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Code = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status500InternalServerError;
        RequestId = HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
    }
}
