using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<AppUser> signIn, ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        logger.LogInformation("Signed out {User}", User.Identity?.Name);
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
