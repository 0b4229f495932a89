using FluentValidation;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Users;

public sealed class NewAccountInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; } = Roles.Staff;

    public string? Password { get; set; }
}

public sealed class NewAccountInputValidator : AbstractValidator<NewAccountInput>
{
    public NewAccountInputValidator(UserManager<AppUser> users, IStringLocalizer<SharedResource> s)
    {
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(256).EmailAddress()
            .MustAsync(async (email, _) => await users.FindByEmailAsync(email!.Trim()) is null)
            .WithMessage(_ => s["An account with this email already exists."]);
        RuleFor(x => x.DisplayName).MaximumLength(AppUser.DisplayNameMaxLength);
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r ?? string.Empty)).WithMessage(_ => s["Choose Staff or Admin."]);
        RuleFor(x => x.Password).NotEmpty().MinimumLength(12).MaximumLength(1024);
    }
}

public sealed class AccountInput
{
    public string? DisplayName { get; set; }

    public string? Role { get; set; }
}

public sealed class AccountInputValidator : AbstractValidator<AccountInput>
{
    public AccountInputValidator(IStringLocalizer<SharedResource> s)
    {
        RuleFor(x => x.DisplayName).MaximumLength(AppUser.DisplayNameMaxLength);
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r ?? string.Empty)).WithMessage(_ => s["Choose Staff or Admin."]);
    }
}

public sealed class PasswordInput
{
    public string? NewPassword { get; set; }
}

public sealed class PasswordInputValidator : AbstractValidator<PasswordInput>
{
    public PasswordInputValidator() => RuleFor(x => x.NewPassword).NotEmpty().MinimumLength(12).MaximumLength(1024);
}
