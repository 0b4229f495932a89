using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;

namespace LinkJ.Partnerships.Tests.Security;

public sealed class SignInProtectionTests
{
    private const string WrongPassword = "wrong-password-that-must-not-be-logged";

    [Fact]
    public async Task Five_failures_from_one_client_stop_its_sign_ins_to_that_account_and_say_so_in_the_log()
    {
        using var factory = new RegistryFactory();
        var email = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateBrowser();

        for (var i = 0; i < 5; i++)
        {
            var failed = await SignInAsync(client, email, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var locked = await SignInAsync(client, email, RegistryFactory.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.NotNull((await locked.ReadHtmlAsync()).QuerySelector(".validation-summary-errors"));
        Assert.Contains(factory.Logs.Lines, l => l.Contains("stopped after too many failures", StringComparison.Ordinal) && l.Contains(email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_many_sign_in_posts_from_one_address_get_429_with_the_friendly_page()
    {
        using var factory = new RegistryFactory();
        factory.Settings["SignInRateLimit:PermitsPerWindow"] = "3";
        var client = factory.CreateBrowser();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await SignInAsync(client, $"nobody{i}@example.org", WrongPassword)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        var refused = await SignInAsync(client, "nobody@example.org", WrongPassword);
        Assert.Equal("Too many requests", (await refused.ReadHtmlAsync()).QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
        Assert.Contains(factory.Logs.Lines, l => l.Contains("over the limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_success_failure_and_denied_access_are_logged_with_user_and_client_but_never_the_password()
    {
        using var factory = new RegistryFactory();
        var email = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.CreateBrowser();

        await SignInAsync(client, email, WrongPassword);
        await SignInAsync(client, email, RegistryFactory.Password);
        await client.GetAsync("/admin");

        var events = factory.Logs.Events;
        Assert.Contains(events, e => e.MessageTemplate.Text.StartsWith("Failed sign-in", StringComparison.Ordinal) && e.Properties["User"].ToString().Contains(email, StringComparison.Ordinal) && e.Properties.ContainsKey("Client"));
        Assert.Contains(events, e => e.MessageTemplate.Text.StartsWith("Signed in", StringComparison.Ordinal) && e.Properties["User"].ToString().Contains(email, StringComparison.Ordinal) && e.Properties.ContainsKey("Client"));
        Assert.Contains(events, e => e.MessageTemplate.Text.StartsWith("Access denied", StringComparison.Ordinal) && e.Properties["User"].ToString().Contains(email, StringComparison.Ordinal) && e.Properties.ContainsKey("Client"));
        Assert.Contains(events, e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal) && e.Properties["RequestPath"].ToString() == "\"/admin\"");
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(WrongPassword, StringComparison.Ordinal) || l.Contains(RegistryFactory.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Control_and_direction_characters_in_a_user_name_cannot_forge_log_lines()
    {
        using var factory = new RegistryFactory();
        var client = factory.CreateBrowser();
        const string forged = "evil\u001b[2J\u0085\u2028\u202E[ERR] admin signed in@example.org";

        await SignInAsync(client, forged, WrongPassword);

        var failure = Assert.Single(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Failed sign-in", StringComparison.Ordinal));
        var user = failure.Properties["User"].ToString();
        Assert.Contains("evil", user, StringComparison.Ordinal);
        Assert.DoesNotContain(user, c => char.IsControl(c) || c is '\u2028' or '\u202E');
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
}
