#if POSTGRESQL
using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LinkJ.Partnerships.Tests.Postgres.SessionCookie;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// Behind a load balancer without sticky sessions a browser's requests land on any instance: the keys that protect
/// cookies and antiforgery tokens are in the shared database, and every request checks the account there.
/// </summary>
public sealed class SharedSessionTests : InstancePair
{
    [Fact]
    public async Task A_session_started_on_one_instance_works_on_the_other_until_signed_out_on_either()
    {
        Start();
        var email = await A.CreateUserAsync(Roles.Staff);
        var (onA, cookie) = await A.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await B.GetWithCookieAsync("/staff", cookie)).StatusCode);

        var signedOut = await onA.PostFormAsync("/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        AssertSentToSignIn(await B.GetWithCookieAsync("/staff", cookie));
        AssertSentToSignIn(await A.GetWithCookieAsync("/staff", cookie));
    }

    [Fact]
    public async Task A_form_served_by_one_instance_can_be_posted_to_the_other()
    {
        Start();
        var email = await A.CreateUserAsync(Roles.Staff);
        var jar = new CookieContainer();
        var form = await A.Browser(jar).GetPageAsync("/account/sign-in");
        var token = form.AntiforgeryToken();

        var response = await B.Browser(jar).PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = RegistryFactory.Password,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await A.Browser(jar).GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_on_one_instance_ends_its_session_on_the_other()
    {
        Start();
        var email = await A.CreateUserAsync(Roles.Staff);
        var (_, cookie) = await A.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await B.GetWithCookieAsync("/staff", cookie)).StatusCode);
        var id = await IdOfAsync(A, email);
        var admin = await A.SignedInAsync(Roles.Admin);

        var disabled = await admin.PostFormAsync($"/admin/users/edit/{id}", [], "main form[action$='handler=Disable']");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        AssertSentToSignIn(await B.GetWithCookieAsync("/staff", cookie));
    }

    [Fact]
    public async Task An_account_disabled_in_the_database_without_a_new_stamp_is_refused_on_the_other_instance_too()
    {
        Start();
        var email = await A.CreateUserAsync(Roles.Staff);
        var (_, cookie) = await A.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await B.GetWithCookieAsync("/staff", cookie)).StatusCode);

        await A.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.DisabledAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

        AssertSentToSignIn(await B.GetWithCookieAsync("/staff", cookie));
    }

    private static async Task<string> IdOfAsync(RegistryFactory instance, string email)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }
}
#endif
