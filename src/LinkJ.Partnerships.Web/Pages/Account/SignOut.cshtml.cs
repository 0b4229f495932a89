using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        logger.LogInformation("Signed out {User}", User.Identity?.Name);

        // Deleting the cookie only ends this browser's copy. A new security stamp makes the session check
        // (AccountSessions) refuse every copy of it, and the account's sessions elsewhere with it.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
