using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>Staff, admin and sign-in pages follow the reader's choice, kept in a cookie, then Accept-Language; anything unknown is English.</summary>
public sealed class StaffLanguageTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    [Fact]
    public async Task The_switch_in_the_header_makes_the_staff_pages_Japanese_and_returns_to_the_same_page()
    {
        var staff = await registry.Factory.SignedInAsync(Roles.Admin);
        var english = await staff.GetPageAsync("/staff/agreements?status=active");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Matches(@"\d{4}-\d{2}-\d{2}", (await staff.GetPageAsync("/staff/agreements")).QuerySelector("main table tbody")!.TextContent);

        var response = await staff.PostFormAsync("/staff/agreements?status=active", new() { ["culture"] = "ja" }, "header form:has([data-language-switch])");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/agreements?status=active", response.Headers.Location!.OriginalString);
        var japanese = await staff.GetPageAsync("/staff/agreements?status=active");
        Assert.Equal("ja", japanese.DocumentElement.GetAttribute("lang"));
        Assert.Equal("協定", japanese.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("en", japanese.QuerySelector("[data-language-switch]")!.GetAttribute("value"));
        Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日", (await staff.GetPageAsync("/staff/agreements")).QuerySelector("main table tbody")!.TextContent);
        Assert.Equal("ja", (await staff.GetPageAsync("/admin")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Choosing_a_language_without_an_antiforgery_token_is_refused()
    {
        var response = await registry.Factory.CreateBrowser().PostAsync("/account/language", new FormUrlEncodedContent([new("culture", "ja")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("xx", "/staff", "/staff")]
    [InlineData("ja", "https://example.com/", "/staff")]
    [InlineData("ja", "/partners?country=DK", "/ja/partners?country=DK")]
    [InlineData("en", "/ja/partners/osaka-university", "/partners/osaka-university")]
    public async Task A_choice_goes_back_only_to_this_site_and_a_public_page_to_its_address_in_that_language(string culture, string returnUrl, string expected)
    {
        var client = registry.Factory.CreateBrowser();

        var response = await client.PostFormAsync("/account/language", new() { ["culture"] = culture, ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("ja", "ja")]
    [InlineData("ja-JP,en;q=0.5", "ja")]
    [InlineData("fr-FR", "en")]
    [InlineData("xx-invalid;;q=", "en")]
    public async Task A_first_visit_to_sign_in_follows_Accept_Language(string acceptLanguage, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var response = await registry.Factory.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await response.ReadHtmlAsync()).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("c%3Dxx%7Cuic%3Dxx")]
    [InlineData("garbage")]
    [InlineData("c%3D%7Cuic%3D")]
    public async Task An_unknown_or_broken_language_cookie_gives_English_not_an_error(string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("Cookie", "linkj.culture=" + cookie);
        request.Headers.TryAddWithoutValidation("Accept-Language", "en");

        var response = await registry.Factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", (await response.ReadHtmlAsync()).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Validation_messages_follow_the_chosen_language()
    {
        var staff = await registry.Factory.SignedInAsync(Roles.Staff);
        await staff.PostFormAsync("/account/language", new() { ["culture"] = "ja", ["returnUrl"] = "/staff" });

        var page = await staff.GetPageAsync("/staff/agreements?from=1800");

        Assert.Contains("年を入力してください", page.QuerySelector("main")!.TextContent);
    }
}
