using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace LinkJ.Partnerships.Tests.Security;

/// <summary>
/// What a client sends wrong is not the server's error: a forged antiforgery cookie is at most a one-line warning
/// without a stack trace, a flood of them writes a bounded number of lines, and asking for the error page directly
/// is a 404, not a logged 500.
/// </summary>
public sealed class ClientInputLoggingTests
{
    [Fact]
    public async Task A_garbage_antiforgery_cookie_on_a_get_logs_one_warning_line_and_no_error()
    {
        using var factory = new RegistryFactory();
        var client = Anonymous(factory);

        var response = await client.SendAsync(WithGarbageCookie(factory, HttpMethod.Get, "/account/sign-in"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoErrorAndNoStackTrace(factory);
        Assert.Contains(factory.Logs.Events, e => e.Level == LogEventLevel.Warning && e.RenderMessage().Contains("antiforgery cookie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_garbage_antiforgery_cookie_on_a_signed_in_post_is_refused_and_logs_no_error()
    {
        using var factory = new RegistryFactory();
        var client = Anonymous(factory);
        var session = await SignInAsync(factory, client);
        // The refused post's error page shows the layout's sign-out form, whose token needs the cookie read.
        var request = WithGarbageCookie(factory, HttpMethod.Post, "/account/sign-out", session);
        request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", "CfDJ8garbage")]);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoErrorAndNoStackTrace(factory);
    }

    [Fact]
    public async Task A_flood_of_garbage_antiforgery_cookies_writes_a_bounded_number_of_lines_and_then_a_count()
    {
        using var factory = new RegistryFactory();
        var client = Anonymous(factory);

        for (var i = 0; i < 100; i++)
        {
            await client.SendAsync(WithGarbageCookie(factory, HttpMethod.Get, "/account/sign-in"));
        }

        Assert.InRange(AntiforgeryLines(factory).Count, 1, ClientFaultSampler.LinesPerMinute + 1);
        factory.Clock.Now += TimeSpan.FromMinutes(1);
        await client.SendAsync(WithGarbageCookie(factory, HttpMethod.Get, "/account/sign-in"));
        Assert.Contains(AntiforgeryLines(factory), line => line.Contains("left out of the log in the previous minute", StringComparison.Ordinal)
            && line.Contains($"{100 - ClientFaultSampler.LinesPerMinute} more", StringComparison.Ordinal));
        AssertNoErrorAndNoStackTrace(factory);
    }

    [Theory]
    [InlineData("/error", HttpStatusCode.NotFound, "Page not found")]
    [InlineData("/error/500", HttpStatusCode.InternalServerError, "Something went wrong")]
    public async Task Asking_for_the_error_page_directly_shows_it_and_logs_no_error(string url, HttpStatusCode status, string heading)
    {
        using var factory = new RegistryFactory();

        var response = await Anonymous(factory).GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(heading, (await response.ReadHtmlAsync()).QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(factory.Logs.Events, e => e.Level >= LogEventLevel.Error);
    }

    private static HttpClient Anonymous(RegistryFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static HttpRequestMessage WithGarbageCookie(RegistryFactory factory, HttpMethod method, string url, string? otherCookies = null)
    {
        var cookieName = factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", otherCookies is null ? $"{cookieName}=garbage" : $"{otherCookies}; {cookieName}=garbage");
        return request;
    }

    /// <summary>Signs in as Staff without a cookie container and returns the session cookie, so a test can pair it with a forged one.</summary>
    private static async Task<string> SignInAsync(RegistryFactory factory, HttpClient client)
    {
        var email = await factory.CreateUserAsync(Roles.Staff);
        var form = await client.GetAsync("/account/sign-in");
        var antiforgery = Cookies(form);
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent([
                new("__RequestVerificationToken", (await form.ReadHtmlAsync()).AntiforgeryToken()),
                new("Input.Email", email), new("Input.Password", RegistryFactory.Password)]),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookies(signedIn);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => !c.EndsWith('=')));

    private static List<string> AntiforgeryLines(RegistryFactory factory) =>
        factory.Logs.Events
            .Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains("Antiforgery", StringComparison.Ordinal))
            .Select(e => e.RenderMessage())
            .ToList();

    private static void AssertNoErrorAndNoStackTrace(RegistryFactory factory)
    {
        Assert.DoesNotContain(factory.Logs.Events, e => e.Level >= LogEventLevel.Error);
        Assert.DoesNotContain(factory.Logs.Events, e => e.Exception is not null);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains("   at ", StringComparison.Ordinal));
    }
}
