using FluentValidation;
using FluentValidation.AspNetCore;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Localization;
using LinkJ.Partnerships.Web.Pages.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Account;

/// <summary>The signed-in account's own settings: its reminder digest and the language of its e-mail.</summary>
public sealed class SettingsModel(UserManager<AppUser> users, IValidator<SettingsInput> validator) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        Input = new SettingsInput
        {
            Digest = user.Digest.ToString(),
            Language = user.Language ?? (Languages.CurrentIsJapanese ? Languages.Japanese.Name : Languages.English.Name),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Email = user.Email ?? string.Empty;
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.Digest = Enum.Parse<DigestFrequency>(Input.Digest!);
        user.Language = Input.Language;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            // Another tab or an admin changed the account meanwhile (its concurrency stamp moved on).
            ModelState.AddModelError(string.Empty, this.Text("The account was changed meanwhile. Reload the page and save again."));
            return Page();
        }

        this.Flash("Saved your settings.");
        return RedirectToPage();
    }
}
