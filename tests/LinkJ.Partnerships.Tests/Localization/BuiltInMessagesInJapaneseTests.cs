using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>Identity's and FluentValidation's own messages follow the reader's language, field names included.</summary>
public sealed class BuiltInMessagesInJapaneseTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> JapaneseAdminAsync()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        await admin.PostFormAsync("/staff", new() { ["culture"] = "ja" }, "header form:has([data-language-switch])");
        return admin;
    }

    [Fact]
    public async Task Identity_password_rules_are_written_in_Japanese()
    {
        var admin = await JapaneseAdminAsync();

        var response = await admin.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = "someone@link-j.example", ["Input.Role"] = Roles.Staff, ["Input.Password"] = "too short",
        });

        var message = (await response.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent;
        Assert.Contains("12", message);
        Assert.Matches(@"\p{IsHiragana}", message);
        Assert.DoesNotContain("Password", message);

        // Identity's own describer, for the checks only Identity makes (a taken address, a wrong current password).
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ja");
        try
        {
            using var scope = _factory.Services.CreateScope();
            var describer = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IdentityErrorDescriber>();
            Assert.Equal("パスワードは12文字以上にしてください。", describer.PasswordTooShort(12).Description);
            Assert.Equal("パスワードが正しくありません。", describer.PasswordMismatch().Description);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public async Task FluentValidation_messages_name_the_field_in_Japanese()
    {
        var admin = await JapaneseAdminAsync();

        var response = await admin.PostFormAsync("/admin/agreements/create", new() { ["Input.Title"] = "" }, "#agreement-form");

        var message = (await response.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Input.Title']")!.TextContent;
        Assert.Contains($"'{ResourceFile.Read("Resources/SharedResource.ja.resx")["Title"]}'", message);
        Assert.DoesNotContain("Title", message);
        Assert.Matches(@"\p{IsHiragana}", message);
    }
}
