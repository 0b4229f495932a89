using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary>An admin's write changes every ETag, and the API's own rate limit answers 429 with Retry-After.</summary>
public sealed class ApiWriteAndLimitTests
{
    [Fact]
    public async Task An_admin_write_changes_the_etag_and_the_old_one_gets_the_new_answer()
    {
        using var factory = new RegistryFactory();
        var client = factory.CreateClient();
        var before = await client.GetAsync("/api/v1/partners");
        var tag = before.Headers.ETag!;

        var admin = await factory.SignedInAsync(Roles.Admin);
        var created = await admin.PostFormAsync("/admin/organizations/create", new() { ["Input.Name"] = "Etag Moving Institute", ["Input.Kind"] = "Company" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/partners");
        request.Headers.IfNoneMatch.Add(tag);
        var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag);
    }

    [Fact]
    public async Task The_day_changing_changes_the_etag()
    {
        using var factory = new RegistryFactory();
        var client = factory.CreateClient();
        var today = (await client.GetAsync("/api/v1/agreements")).Headers.ETag;

        factory.Clock.SetToday(RegistryFactory.DefaultToday.AddDays(1));
        var tomorrow = (await client.GetAsync("/api/v1/agreements")).Headers.ETag;

        Assert.NotEqual(today, tomorrow);
    }

    [Fact]
    public async Task Over_the_limit_the_api_answers_429_with_retry_after_and_the_pages_still_answer()
    {
        using var factory = new RegistryFactory();
        factory.Settings["PublicApi:PermitsPerWindow"] = "3";
        factory.Settings["PublicApi:WindowSeconds"] = "600";
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/partners")).StatusCode);
        }

        var refused = await client.GetAsync("/api/v1/partners/royal-danish-embassy-tokyo");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, refused.Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", refused.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/partners")).StatusCode);
    }
}
