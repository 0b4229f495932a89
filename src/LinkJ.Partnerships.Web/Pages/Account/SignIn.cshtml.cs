using System.ComponentModel.DataAnnotations;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Account;

[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IStringLocalizer<SharedResource> s, ILogger<SignInModel> logger) : PageModel
{
    /// <summary>Hashed once, so that a sign-in for an unknown or disabled account takes as long as one for a real account.</summary>
    private static readonly Lazy<string> UnknownAccountHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

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
        if (user is null or { DisabledAt: not null })
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownAccountHash.Value, Input.Password);
        }

        if (user is { DisabledAt: not null })
        {
            logger.LogWarning("Sign-in refused for disabled account {User} from {Client}", LogText.Clean(Input.Email), HttpContext.Connection.RemoteIpAddress);
            return Refused();
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

        return Refused();
    }

    /// <summary>One message whether or not the account exists, is disabled or is locked, so it reveals none of these.</summary>
    private PageResult Refused()
    {
        ModelState.AddModelError(string.Empty, s["The email or password is not correct, or the account is temporarily locked."]);
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
