using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Infrastructure.Localization;

/// <summary>
/// Identity's messages in the reader's language: the ones an admin or a user of this registry can meet (password
/// rules, taken or malformed addresses, a wrong current password). The rest keep Identity's English.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> s) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), s["Passwords must be at least {0} characters.", length]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), s["The password is not correct."]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), s["An account with the e-mail address {0} already exists.", email]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), s["An account with the e-mail address {0} already exists.", userName]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), s["“{0}” is not an e-mail address.", email ?? string.Empty]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), s["“{0}” is not an e-mail address.", userName ?? string.Empty]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), s["This account cannot be locked."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
