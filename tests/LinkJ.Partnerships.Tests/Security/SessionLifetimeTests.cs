using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;

namespace LinkJ.Partnerships.Tests.Security;

public sealed class SessionLifetimeTests
{
    [Fact]
    public async Task A_session_left_idle_longer_than_the_idle_timeout_ends()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);

        factory.Clock.Now += SessionCookies.IdleTimeout + TimeSpan.FromMinutes(1);
        var response = await staff.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_active_session_lasts_until_the_absolute_lifetime_and_then_ends()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var step = SessionCookies.IdleTimeout * 0.8;
        var started = factory.Clock.Now;

        while (factory.Clock.Now - started + step < SessionCookies.AbsoluteLifetime)
        {
            factory.Clock.Now += step;
            var active = await staff.GetAsync("/staff");
            Assert.True(active.StatusCode == HttpStatusCode.OK, $"refused after {factory.Clock.Now - started} of activity");
        }

        factory.Clock.Now = started + SessionCookies.AbsoluteLifetime + TimeSpan.FromMinutes(1);
        var expired = await staff.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/account/sign-in", expired.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
