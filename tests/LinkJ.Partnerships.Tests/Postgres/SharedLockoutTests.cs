#if POSTGRESQL
using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// The per-account lockout (20 failures, the backstop for guesses from many addresses) is kept by Identity in the
/// shared database, so it counts failures on every instance. The per-address sign-in rate limit and the per-account-
/// and-address throttle are each instance's own, in memory: behind N instances an address gets N times the limit.
/// </summary>
public sealed class SharedLockoutTests : InstancePair
{
    private const string WrongPassword = "not the password at all";

    [Fact]
    public async Task Failures_on_either_instance_add_up_to_one_lockout_seen_by_both()
    {
        // The throttle per account and address would stop this one test client long before the account locks.
        A.Settings["SignInThrottle:FailuresPerAccountAndAddress"] = "100";
        B.Settings["SignInThrottle:FailuresPerAccountAndAddress"] = "100";
        A.Settings["SignInRateLimit:PermitsPerWindow"] = "100";
        Start();
        var email = await A.CreateUserAsync(Roles.Staff);
        for (var i = 0; i < 19; i++)
        {
            await AssertRefusedAsync(SignInAsync(A, email, WrongPassword));
        }

        Assert.Equal(19, await B.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync()));
        await AssertRefusedAsync(SignInAsync(B, email, WrongPassword));

        await AssertRefusedAsync(SignInAsync(B, email, RegistryFactory.Password));
        await AssertRefusedAsync(SignInAsync(A, email, RegistryFactory.Password));
        Assert.Contains(B.Logs.Lines, l => l.Contains("locked out", StringComparison.Ordinal) && l.Contains(email, StringComparison.Ordinal));
        Assert.NotNull(await A.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task The_sign_in_rate_limit_counts_per_instance_not_across_them()
    {
        A.Settings["SignInRateLimit:PermitsPerWindow"] = "3";
        B.Settings["SignInRateLimit:PermitsPerWindow"] = "3";
        Start();

        var onA = await PostsAsync(A, 4);
        var onB = await PostsAsync(B, 4);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], onA);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], onB);
    }

    private static async Task<List<HttpStatusCode>> PostsAsync(RegistryFactory instance, int count)
    {
        var client = instance.CreateBrowser();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            answers.Add((await SignInAsync(client, $"nobody{i}@example.org", WrongPassword)).StatusCode);
        }

        return answers;
    }

    private static Task<HttpResponseMessage> SignInAsync(RegistryFactory instance, string email, string password) =>
        SignInAsync(instance.CreateBrowser(), email, password);

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task AssertRefusedAsync(Task<HttpResponseMessage> signIn)
    {
        var response = await signIn;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).QuerySelector(".validation-summary-errors"));
    }
}
#endif
