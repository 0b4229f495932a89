using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Account;

/// <summary>Each account picks its own digest and the language of its e-mail on /account/settings.</summary>
public sealed class SettingsTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Fact]
    public async Task A_staff_member_chooses_a_weekly_digest_in_Japanese_and_the_account_keeps_it_audited()
    {
        var staff = await registry.Factory.SignedInAsync(Roles.Staff);
        var page = await staff.GetPageAsync("/account/settings");
        Assert.NotNull(page.QuerySelector("input[name='Input.Digest'][value='None'][checked]"));
        Assert.NotNull(page.QuerySelector("header a[href='/account/settings']"));

        var response = await staff.PostFormAsync("/account/settings", new() { ["Input.Digest"] = "Weekly", ["Input.Language"] = "ja" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/settings", response.Headers.Location?.OriginalString);
        page = await staff.GetPageAsync("/account/settings");
        Assert.NotNull(page.QuerySelector("input[name='Input.Digest'][value='Weekly'][checked]"));
        Assert.NotNull(page.QuerySelector("select[name='Input.Language'] option[value='ja'][selected]"));
        var email = page.QuerySelector("main p.text-body-secondary")!.TextContent;
        var (digest, language) = await registry.Factory.WithDbAsync(async db =>
            await db.Users.Where(u => u.Email == email).Select(u => new { u.Digest, u.Language }).SingleAsync() is var u ? (u.Digest, u.Language) : default);
        Assert.Equal(DigestFrequency.Weekly, digest);
        Assert.Equal("ja", language);
        Assert.True(await registry.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Account" && a.Changes.Contains("Digest"))));
    }

    [Theory]
    [InlineData("Hourly", "ja", "Choose daily, weekly or none.")]
    [InlineData("7", "en", "Choose daily, weekly or none.")]
    [InlineData("Daily", "fr", "Choose English or Japanese.")]
    public async Task A_choice_the_page_does_not_offer_is_refused_next_to_its_field(string digest, string language, string message)
    {
        var staff = await registry.Factory.SignedInAsync(Roles.Staff);

        var response = await staff.PostFormAsync("/account/settings", new() { ["Input.Digest"] = digest, ["Input.Language"] = language });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains(message, page.QuerySelector(".field-validation-error")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_Japanese_in_the_header_makes_it_the_language_of_the_accounts_mail()
    {
        var email = await registry.Factory.CreateUserAsync(Roles.Staff);
        var staff = registry.Factory.CreateBrowser();
        await staff.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryFactory.Password });

        await staff.PostFormAsync("/account/language", new() { ["culture"] = "ja", ["returnUrl"] = "/staff" });

        Assert.Equal("ja", await registry.Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Language).SingleAsync()));
        var page = await staff.GetPageAsync("/account/settings");
        Assert.NotNull(page.QuerySelector("select[name='Input.Language'] option[value='ja'][selected]"));
    }

    [Fact]
    public async Task Settings_need_a_signed_in_account()
    {
        var response = await registry.Factory.CreateBrowser().GetAsync("/account/settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
