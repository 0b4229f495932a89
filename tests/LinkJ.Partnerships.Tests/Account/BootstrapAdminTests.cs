using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Account;

public sealed class BootstrapAdminTests
{
    private const string Email = "first.admin@example.org";
    private const string Password = "a long enough first password";

    [Fact]
    public async Task With_the_settings_and_no_user_start_up_creates_an_admin_who_can_sign_in()
    {
        using var factory = new RegistryFactory();
        factory.Settings["Bootstrap:AdminEmail"] = Email;
        factory.Settings["Bootstrap:AdminPassword"] = Password;
        var client = factory.CreateBrowser();

        Assert.Equal([Roles.Admin], await RolesOfAsync(factory, Email));
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = Email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.DoesNotContain(factory.Logs.Lines, m => m.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_settings_start_up_creates_nobody()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();

        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Once_a_user_exists_the_settings_are_ignored()
    {
        var path = TestDatabase.NewDatabase("bootstrap");
        using (var first = new RegistryFactory(path) { KeepDatabase = true })
        {
            first.CreateClient();
            await first.CreateUserAsync(Roles.Staff, "existing@example.org");
        }

        using var second = new RegistryFactory(path);
        second.Settings["Bootstrap:AdminEmail"] = Email;
        second.Settings["Bootstrap:AdminPassword"] = Password;
        second.CreateClient();

        Assert.Empty(await RolesOfAsync(second, Email));
        Assert.Equal(1, await second.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_password_below_the_policy_creates_nobody_and_says_why_without_logging_it()
    {
        using var factory = new RegistryFactory();
        factory.Settings["Bootstrap:AdminEmail"] = Email;
        factory.Settings["Bootstrap:AdminPassword"] = "short1!A";
        factory.CreateClient();

        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Contains(factory.Logs.Lines, m => m.Contains("bootstrap admin was not created", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(factory.Logs.Lines, m => m.Contains("short1!A", StringComparison.Ordinal));
    }

    internal static async Task<IList<string>> RolesOfAsync(RegistryFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.FindByEmailAsync(email) is { } user ? await users.GetRolesAsync(user) : [];
    }
}
