#if POSTGRESQL
using System.Net;
using LinkJ.Partnerships.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>A browser's cookies taken from one instance and replayed, as a fixed Cookie header, on another.</summary>
public static class SessionCookie
{
    /// <summary>A client on <paramref name="instance"/> whose cookies live in <paramref name="jar"/>; redirects are not followed.</summary>
    public static HttpClient Browser(this RegistryFactory instance, CookieContainer jar) =>
        instance.CreateDefaultClient(new CookieContainerHandler(jar));

    /// <summary>Signs in through the real form; returns the browser and the Cookie header it would send next.</summary>
    public static async Task<(HttpClient Browser, string Cookie)> SignInAsync(this RegistryFactory instance, string email)
    {
        var jar = new CookieContainer();
        var browser = instance.Browser(jar);
        var response = await browser.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (browser, jar.GetCookieHeader(browser.BaseAddress!));
    }

    public static async Task<HttpResponseMessage> GetWithCookieAsync(this RegistryFactory instance, string url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await instance.CreateDefaultClient().SendAsync(request);
    }

    public static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
#endif
