using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Account;

/// <summary>docs/decisions/005-password-policy.md: length, no composition rules, no common or context passwords.</summary>
public sealed class PasswordPolicyTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("alllowercaseletters")]
    [InlineData("十二文字以上の日本語のパスワードです")]
    [InlineData("839201748392017")]
    [InlineData("a passphrase that is much longer than sixty-four characters, which must still be accepted as it is")]
    public async Task Long_passwords_of_any_composition_are_accepted(string password)
    {
        Assert.Empty(await ErrorsAsync("someone@example.org", password));
    }

    [Theory]
    [InlineData("elevenchars")]
    [InlineData("password1234")]
    [InlineData("Password 1234")]
    [InlineData("1q2w3e4r5t6y")]
    [InlineData("LinkJ2026!!!!")]
    [InlineData("Partnerships#1")]
    [InlineData("zzzzzzzzzzzzzz")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("zyxwvutsrqponm")]
    [InlineData("my name is jane.doe, ok")]
    public async Task Short_common_and_easily_guessed_passwords_are_refused(string password)
    {
        Assert.NotEmpty(await ErrorsAsync("jane.doe@example.org", password));
    }

    [Fact]
    public void Sign_in_locks_an_account_for_a_while_after_twenty_failures_the_backstop_behind_the_per_address_throttle()
    {
        var options = registry.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value;

        Assert.Equal(12, options.Password.RequiredLength);
        Assert.False(options.Password.RequireDigit || options.Password.RequireUppercase || options.Password.RequireLowercase || options.Password.RequireNonAlphanumeric);
        Assert.Equal(20, options.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Lockout.DefaultLockoutTimeSpan);
    }

    private async Task<IReadOnlyList<string>> ErrorsAsync(string email, string password)
    {
        await using var scope = registry.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email };
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Code));
        }

        return errors;
    }
}
