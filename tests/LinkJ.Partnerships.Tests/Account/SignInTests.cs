using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Account;

public sealed class SignInTests : IDisposable
{
    private const string Refusal = "The email or password is not correct, or the account is temporarily locked.";

    private readonly RegistryFactory _factory = new();

    public SignInTests()
    {
        // Lockout is per account; the per-address rate limit is tested with the security headers.
        _factory.Settings["SignInRateLimit:PermitsPerWindow"] = "1000";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_staff_member_signs_in_and_lands_on_the_dashboard()
    {
        var email = await _factory.CreateUserAsync(Roles.Staff);
        var client = _factory.CreateBrowser();

        var response = await SignInAsync(client, email, RegistryFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }

    [Theory]
    [InlineData("/staff/agreements?q=Medicen", "/staff/agreements?q=Medicen")]
    [InlineData("https://evil.example/phish", "/staff")]
    [InlineData("//evil.example", "/staff")]
    public async Task After_sign_in_only_a_local_return_address_is_followed(string returnUrl, string expected)
    {
        var email = await _factory.CreateUserAsync(Roles.Staff);
        var client = _factory.CreateBrowser();

        var response = await client.PostFormAsync($"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryFactory.Password });

        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_message()
    {
        var email = await _factory.CreateUserAsync(Roles.Staff);

        var wrongPassword = await SignInAsync(_factory.CreateBrowser(), email, "not the password at all");
        var unknownEmail = await SignInAsync(_factory.CreateBrowser(), "nobody@example.org", "not the password at all");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownEmail.StatusCode);
        Assert.Equal(Refusal, await ErrorAsync(wrongPassword));
        Assert.Equal(Refusal, await ErrorAsync(unknownEmail));
        Assert.False(wrongPassword.Headers.Contains("Set-Cookie") && wrongPassword.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("linkj.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Five_failed_attempts_from_one_client_refuse_even_the_right_password_from_it_without_locking_the_account()
    {
        var email = await _factory.CreateUserAsync(Roles.Staff);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await SignInAsync(_factory.CreateBrowser(), email, $"wrong password {attempt}");
            Assert.Equal(Refusal, await ErrorAsync(failed));
        }

        var locked = await SignInAsync(_factory.CreateBrowser(), email, RegistryFactory.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(Refusal, await ErrorAsync(locked));
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.False(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task Failures_below_the_limit_are_forgotten_after_a_successful_sign_in()
    {
        var email = await _factory.CreateUserAsync(Roles.Staff);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await SignInAsync(_factory.CreateBrowser(), email, "wrong password");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(_factory.CreateBrowser(), email, RegistryFactory.Password)).StatusCode);
        await SignInAsync(_factory.CreateBrowser(), email, "wrong password");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(_factory.CreateBrowser(), email, RegistryFactory.Password)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_the_message_does_not_say_why()
    {
        var email = await _factory.CreateUserAsync(Roles.Staff);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.DisabledAt = DateTime.UtcNow;
            await users.UpdateAsync(user);
        }

        var response = await SignInAsync(_factory.CreateBrowser(), email, RegistryFactory.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Refusal, await ErrorAsync(response));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("not-an-email", "x")]
    public async Task Missing_or_malformed_input_is_shown_next_to_the_fields(string email, string password)
    {
        var response = await SignInAsync(_factory.CreateBrowser(), email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotEmpty(page.QuerySelectorAll(".field-validation-error"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await _factory.SignedInAsync(Roles.Staff);
        var home = await client.GetPageAsync("/staff");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)home.QuerySelector("form[action='/account/sign-out']")!;
        Assert.Single(form.QuerySelectorAll("input[name='__RequestVerificationToken']"));

        var response = await client.SubmitAsync(form, "/staff", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    /// <summary>
    /// A copy of the session cookie taken before sign-out (a shared computer, a proxy log) stops working when its
    /// owner signs out: deleting the cookie in the browser alone would leave the copy valid until it expired.
    /// </summary>
    [Fact]
    public async Task A_copy_of_the_session_cookie_stops_working_when_its_owner_signs_out()
    {
        var email = await _factory.CreateUserAsync(Roles.Staff);
        var client = _factory.CreateBrowser();
        var signIn = await SignInAsync(client, email, RegistryFactory.Password);
        var copy = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("linkj.auth=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync("/staff", copy)).StatusCode);

        var home = await client.GetPageAsync("/staff");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)home.QuerySelector("form[action='/account/sign-out']")!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(form, "/staff", [])).StatusCode);

        var response = await GetWithCookieAsync("/staff", copy);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string path, string cookie)
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData(Roles.Staff, new[] { "/staff", "/staff/agreements", "/staff/organizations", "/staff/people" })]
    [InlineData(Roles.Admin, new[] { "/staff", "/staff/agreements", "/staff/organizations", "/staff/people", "/admin" })]
    public async Task The_main_navigation_leads_to_each_area_the_role_may_open(string role, string[] areas)
    {
        var client = await _factory.SignedInAsync(role);
        var home = await client.GetPageAsync("/staff");

        var links = home.QuerySelectorAll("nav[aria-label='Main'] a.nav-link").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(["/partners", .. areas], links);
        foreach (var area in areas)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(area)).StatusCode);
        }
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        (await response.ReadHtmlAsync()).QuerySelector(".validation-summary-errors li")?.TextContent.Trim() ?? "(no message)";
}
