using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Account;

/// <summary>The tests set LINKJ_PASSWORD for the process, so they run one after another in this class, and clear it after.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    public UsersCommandTests() => _factory.CreateClient();

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(UsersCommand.PasswordVariable, null);
        _factory.Dispose();
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Admin)]
    public async Task Users_add_creates_an_account_of_the_role_that_can_sign_in(string role)
    {
        const string password = "a password from the environment";
        Environment.SetEnvironmentVariable(UsersCommand.PasswordVariable, password);
        var email = $"new-{role.ToLowerInvariant()}@example.org";

        var exit = await RunAsync("users", "add", "--email", email, "--role", role);

        Assert.Equal(0, exit);
        Assert.Equal([role], await BootstrapAdminTests.RolesOfAsync(_factory, email));
        var response = await _factory.CreateBrowser().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_password_on_the_command_line_is_refused()
    {
        Environment.SetEnvironmentVariable(UsersCommand.PasswordVariable, "a password from the environment");

        var exit = await RunAsync("users", "add", "--email", "x@example.org", "--role", "Staff", "--password", "visible to ps");

        Assert.Equal(2, exit);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("users", "add", "--email", "x@example.org", "--role", "Owner")]
    [InlineData("users", "add", "--role", "Staff")]
    [InlineData("users", "remove", "--email", "x@example.org", "--role", "Staff")]
    public async Task Bad_usage_exits_with_2_and_creates_nobody(params string[] args)
    {
        Environment.SetEnvironmentVariable(UsersCommand.PasswordVariable, "a password from the environment");

        Assert.Equal(2, await RunAsync(args));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_password_below_the_policy_or_a_taken_email_exits_with_1()
    {
        Environment.SetEnvironmentVariable(UsersCommand.PasswordVariable, "too short");
        Assert.Equal(1, await RunAsync("users", "add", "--email", "short@example.org", "--role", "Staff"));

        Environment.SetEnvironmentVariable(UsersCommand.PasswordVariable, "a password from the environment");
        Assert.Equal(0, await RunAsync("users", "add", "--email", "taken@example.org", "--role", "Staff"));
        Assert.Equal(1, await RunAsync("users", "add", "--email", "taken@example.org", "--role", "Admin"));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    private Task<int> RunAsync(params string[] args) => CommandLine.Parse(args)!.RunAsync(_factory.Services);
}
