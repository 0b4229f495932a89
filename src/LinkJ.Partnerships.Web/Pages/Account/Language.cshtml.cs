using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Account;

/// <summary>
/// The reader's language for the pages whose address does not carry one (staff, admin, sign-in), kept in a cookie.
/// A public page asked to return to goes to its address in the chosen language instead. A signed-in reader's account
/// keeps the choice too, as the language of their e-mail (which their settings page can change on its own).
/// </summary>
public sealed class LanguageModel(UserManager<AppUser> users) : PageModel
{
    [FromQuery]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        var chosen = Languages.Supported.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)) ?? Languages.English;
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.Language != chosen.Name)
        {
            user.Language = chosen.Name;
            await users.UpdateAsync(user);
        }

        Response.Cookies.Append(
            Languages.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, Path = "/" });
        return LocalRedirect(Target(returnUrl, chosen));
    }

    private string Target(string? returnUrl, System.Globalization.CultureInfo chosen)
    {
        if (string.IsNullOrEmpty(returnUrl) || !Url.IsLocalUrl(returnUrl))
        {
            return "/staff";
        }

        if (returnUrl[0] != '/')
        {
            return returnUrl;
        }

        var queryStart = returnUrl.IndexOf('?', StringComparison.Ordinal);
        var path = new PathString(queryStart < 0 ? returnUrl : returnUrl[..queryStart]);
        if (!PublicPaths.IsPublic(path))
        {
            return returnUrl;
        }

        var english = PublicPaths.English(path) + (queryStart < 0 ? string.Empty : returnUrl[queryStart..]);
        return Languages.IsJapanese(chosen) ? PublicPaths.InJapanese(english) : english;
    }
}
