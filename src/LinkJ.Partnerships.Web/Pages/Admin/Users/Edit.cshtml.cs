using FluentValidation;
using FluentValidation.AspNetCore;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Admin.Users;

/// <summary>One account: name and role, a new password, disable and re-enable (each ends the account's sessions), and unlock.</summary>
public sealed class EditModel(
    UserManager<AppUser> users, IValidator<AccountInput> validator, IValidator<PasswordInput> passwordValidator, RegistryClock clock,
    SignInThrottle throttle, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    public string Email { get; private set; } = string.Empty;

    public DateTime? DisabledAt { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await ShowAsync(user, fillInput: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        var demoting = Input.Role != Roles.Admin && await users.IsInRoleAsync(user, Roles.Admin);
        if (ModelState.IsValid && demoting && await LastAdmin.IsLastEnabledAdminAsync(users, user))
        {
            ModelState.AddModelError("Input.Role", this.Text(LastAdmin.Refusal));
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(user, fillInput: false);
            return Page();
        }

        user.DisplayName = FormRules.Clean(Input.DisplayName);
        await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([Input.Role!]))
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, Input.Role!);
            // A new role takes effect at the next sign-in; ending the sessions makes that now.
            await users.UpdateSecurityStampAsync(user);
        }

        this.Flash("Saved the account {0}.", user.Email!);
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync([FromRoute] string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        (await passwordValidator.ValidateAsync(Password, cancellationToken)).AddToModelState(ModelState, nameof(Password));
        if (ModelState.IsValid)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, Password.NewPassword!);
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError("Password.NewPassword", error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(user, fillInput: true);
            return Page();
        }

        await UnlockAsync(user);
        this.Flash("Set a new password for {0}; their other sessions have ended.", user.Email!);
        return RedirectToPage("Index");
    }

    /// <summary>For an owner locked out by someone else's guesses; without mail, an admin is the way back in.</summary>
    public async Task<IActionResult> OnPostUnlockAsync([FromRoute] string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await UnlockAsync(user);
        logger.LogWarning(SecurityEvents.AccountUnlocked, "Account {User} unlocked by {Admin}", LogText.Clean(user.Email), LogText.Clean(User.Identity?.Name));
        this.Flash("Unlocked {0}; it can sign in again.", user.Email!);
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDisableAsync([FromRoute] string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (await LastAdmin.IsLastEnabledAdminAsync(users, user))
        {
            ModelState.AddModelError(string.Empty, this.Text(LastAdmin.Refusal));
            await ShowAsync(user, fillInput: true);
            return Page();
        }

        user.DisabledAt ??= clock.UtcNow;
        await users.UpdateSecurityStampAsync(user);
        this.Flash("Disabled {0}; their sessions have ended.", user.Email!);
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostEnableAsync([FromRoute] string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        user.DisabledAt = null;
        await users.UpdateAsync(user);
        this.Flash("Re-enabled {0}.", user.Email!);
        return RedirectToPage("Index");
    }

    private async Task UnlockAsync(AppUser user)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        throttle.Forget(user.Email ?? string.Empty);
    }

    private async Task ShowAsync(AppUser user, bool fillInput)
    {
        LockedUntil = LockedUntilOf(user.LockoutEnd, clock.UtcNow);
        Email = user.Email ?? user.UserName ?? user.Id;
        DisabledAt = user.DisabledAt;
        if (fillInput)
        {
            Input = new AccountInput { DisplayName = user.DisplayName, Role = (await users.GetRolesAsync(user)).Contains(Roles.Admin) ? Roles.Admin : Roles.Staff };
        }
    }

    /// <summary>Identity leaves a past lockout end in place; only one still ahead locks the account.</summary>
    public static DateTimeOffset? LockedUntilOf(DateTimeOffset? lockoutEnd, DateTime utcNow) =>
        lockoutEnd > new DateTimeOffset(utcNow, TimeSpan.Zero) ? lockoutEnd : null;
}
