using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinkJ.Partnerships.Tests.Security;

/// <summary>
/// Failed sign-ins count per account and address together: a stranger's guesses stop the stranger, not the
/// account's owner (issue 22, finding 5). The test host has no client address, so each client here names one.
/// </summary>
public sealed class SignInThrottleTests
{
    private const string WrongPassword = "a wrong password, guessed";

    [Fact]
    public async Task Five_failures_from_one_address_stop_that_address_but_the_owner_signs_in_from_another()
    {
        using var factory = new AddressedRegistry();
        var email = await factory.CreateUserAsync(Roles.Staff);
        var stranger = factory.From("203.0.113.7");

        for (var i = 0; i < 5; i++)
        {
            Assert.False(await SignsInAsync(stranger, email, WrongPassword));
        }

        Assert.False(await SignsInAsync(stranger, email, RegistryFactory.Password));
        Assert.True(await SignsInAsync(factory.From("198.51.100.20"), email, RegistryFactory.Password));
        var stopped = Assert.Single(factory.Logs.Events, e => Named(e, nameof(SecurityEvents.SignInThrottled)));
        Assert.Contains("203.0.113.7", stopped.RenderMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_guessing_across_many_accounts_is_stopped_for_every_account()
    {
        using var factory = new AddressedRegistry();
        factory.Settings["SignInThrottle:FailuresPerAddress"] = "6";
        var email = await factory.CreateUserAsync(Roles.Staff);
        var stuffer = factory.From("203.0.113.8");

        for (var i = 0; i < 6; i++)
        {
            Assert.False(await SignsInAsync(stuffer, $"someone{i}@example.org", WrongPassword));
        }

        Assert.False(await SignsInAsync(stuffer, email, RegistryFactory.Password));
        Assert.True(await SignsInAsync(factory.From("198.51.100.21"), email, RegistryFactory.Password));
    }

    [Fact]
    public async Task Failures_expire_after_the_window()
    {
        using var factory = new AddressedRegistry();
        var email = await factory.CreateUserAsync(Roles.Staff);
        var client = factory.From("203.0.113.9");
        for (var i = 0; i < 5; i++)
        {
            await SignsInAsync(client, email, WrongPassword);
        }

        factory.Clock.Now += TimeSpan.FromMinutes(16);

        Assert.True(await SignsInAsync(client, email, RegistryFactory.Password));
    }

    [Fact]
    public async Task Guesses_from_many_addresses_still_lock_the_account_which_an_admin_sees_and_unlocks()
    {
        using var factory = new AddressedRegistry();
        var email = await factory.CreateUserAsync(Roles.Staff);
        for (var i = 0; i < 20; i++)
        {
            await SignsInAsync(factory.From($"203.0.113.{100 + (i / 4)}"), email, WrongPassword);
        }

        Assert.False(await SignsInAsync(factory.From("198.51.100.22"), email, RegistryFactory.Password));
        Assert.Contains(factory.Logs.Events, e => Named(e, nameof(SecurityEvents.AccountLockedOut)));

        var admin = await factory.SignedInAsync(Roles.Admin);
        var accounts = await (await admin.GetAsync("/admin/users")).ReadHtmlAsync();
        var row = accounts.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Locked until", row.TextContent, StringComparison.Ordinal);
        var unlocked = await admin.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)row.QuerySelector("form")!, "/admin/users", []);

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.True(await SignsInAsync(factory.From("198.51.100.22"), email, RegistryFactory.Password));
        Assert.Contains(factory.Logs.Events, e => Named(e, nameof(SecurityEvents.AccountUnlocked)));
        var after = await (await admin.GetAsync("/admin/users")).ReadHtmlAsync();
        Assert.DoesNotContain("Locked until", after.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    private static bool Named(Serilog.Events.LogEvent e, string name) =>
        e.Properties.TryGetValue("EventId", out var id) && id.ToString().Contains(name, StringComparison.Ordinal);

    private static async Task<bool> SignsInAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }

    /// <summary>A test host whose requests come from the address in a test-only header, as if from separate machines.</summary>
    private sealed class AddressedRegistry : RegistryFactory
    {
        private const string Header = "X-Test-Client-Address";

        public HttpClient From(string address)
        {
            var client = CreateBrowser();
            client.DefaultRequestHeaders.Add(Header, address);
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ClientAddressFilter()));
        }

        private sealed class ClientAddressFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, following) =>
                {
                    if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
                    {
                        context.Connection.RemoteIpAddress = address;
                    }

                    return following(context);
                });
                next(app);
            };
        }
    }
}
