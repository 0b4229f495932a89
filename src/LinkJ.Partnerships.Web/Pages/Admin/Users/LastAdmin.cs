using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace LinkJ.Partnerships.Web.Pages.Admin.Users;

/// <summary>The registry always keeps one enabled admin: the last one cannot be disabled or demoted.</summary>
public static class LastAdmin
{
    public const string Refusal = "This is the last enabled admin account. Make another account an admin first.";

    public static async Task<bool> IsLastEnabledAdminAsync(UserManager<AppUser> users, AppUser user)
    {
        if (user.DisabledAt is not null || !await users.IsInRoleAsync(user, Roles.Admin))
        {
            return false;
        }

        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return admins.Count(a => a.DisabledAt is null) <= 1;
    }
}
