using System.ComponentModel.DataAnnotations;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LinkJ.Partnerships.Web.Pages.Account;

[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [FromQuery]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is { DisabledAt: not null })
        {
            logger.LogWarning("Sign-in refused for disabled account {User} from {Client}", LogText.Clean(Input.Email), HttpContext.Connection.RemoteIpAddress);
            ModelState.AddModelError(string.Empty, "The email or password is not correct.");
            return Page();
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Signed in {User} from {Client}", LogText.Clean(user!.UserName), HttpContext.Connection.RemoteIpAddress);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Account {User} is locked out after failed sign-ins, from {Client}", LogText.Clean(Input.Email), HttpContext.Connection.RemoteIpAddress);
        }
        else
        {
            logger.LogWarning("Failed sign-in for {User} from {Client}", LogText.Clean(Input.Email), HttpContext.Connection.RemoteIpAddress);
        }

        // One message whether or not the account exists, and whether or not it is locked.
        ModelState.AddModelError(string.Empty, "The email or password is not correct, or the account is temporarily locked.");
        return Page();
    }

    public sealed class SignInInput
    {
        [Required]
        [EmailAddress]
        [StringLength(256)]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required]
        [StringLength(1024)]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;
    }
}
