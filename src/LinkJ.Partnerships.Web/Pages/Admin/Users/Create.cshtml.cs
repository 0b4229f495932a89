using FluentValidation;
using FluentValidation.AspNetCore;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinkJ.Partnerships.Web.Pages.Admin.Users;

public sealed class CreateModel(UserManager<AppUser> users, IValidator<NewAccountInput> validator) : PageModel
{
    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        result.AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email!.Trim();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = FormRules.Clean(Input.DisplayName) };
        var created = await users.CreateAsync(user, Input.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, Input.Role!);
        this.Flash("Created the {0} account {1}.", Input.Role!, email);
        return RedirectToPage("Index");
    }
}
