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
public sealed class SignInModel(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInThrottle throttle, IStringLocalizer<SharedResource> s, ILogger<SignInModel> logger) : PageModel
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

        var client = HttpContext.Connection.RemoteIpAddress;
        var user = await users.FindByEmailAsync(Input.Email);
        var throttled = throttle.IsBlocked(Input.Email, client);
        if (user is null or { DisabledAt: not null } || throttled)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownAccountHash.Value, Input.Password);
        }

        if (throttled)
        {
            // Logged once, when the limit was reached; a flood of refusals must not fill the log.
            logger.LogDebug("Sign-in for {User} refused: too many failures from {Client}", LogText.Clean(Input.Email), client);
            return Refused();
        }

        if (user is { DisabledAt: not null })
        {
            logger.LogWarning(SecurityEvents.SignInFailed, "Sign-in refused for disabled account {User} from {Client}", LogText.Clean(Input.Email), client);
            return Refused();
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            throttle.RecordSuccess(Input.Email, client);
            logger.LogInformation("Signed in {User} from {Client}", LogText.Clean(user!.UserName), client);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }

        LogFailure(result, throttle.RecordFailure(Input.Email, client), client);
        return Refused();
    }

    private void LogFailure(Microsoft.AspNetCore.Identity.SignInResult result, SignInThrottle.Crossed crossed, System.Net.IPAddress? client)
    {
        var user = LogText.Clean(Input.Email);
        if (result.IsLockedOut)
        {
            logger.LogWarning(SecurityEvents.AccountLockedOut, "Account {User} is locked out after failed sign-ins, from {Client}", user, client);
        }
        else
        {
            logger.LogWarning(SecurityEvents.SignInFailed, "Failed sign-in for {User} from {Client}", user, client);
        }

        if (crossed == SignInThrottle.Crossed.AccountFromAddress)
        {
            logger.LogWarning(SecurityEvents.SignInThrottled, "Sign-ins for {User} from {Client} stopped after too many failures; the account stays open elsewhere", user, client);
        }
        else if (crossed == SignInThrottle.Crossed.Address)
        {
            logger.LogWarning(SecurityEvents.SignInThrottled, "Sign-ins from {Client} stopped after too many failures across accounts", client);
        }
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
