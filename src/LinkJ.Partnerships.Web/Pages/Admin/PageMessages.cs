using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin;

public static class PageMessages
{
    /// <summary>The short success message the next page shows after a Post/Redirect/Get.</summary>
    public static void Flash(this PageModel page, string text, params object[] arguments) =>
        page.TempData["Message"] = page.Text(text, arguments);

    public static string Text(this PageModel page, string text, params object[] arguments) =>
        page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[text, arguments].Value;
}
