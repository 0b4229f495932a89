using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Staff;

public sealed class StaffAccessTests(StaffRegistry registry) : IClassFixture<StaffRegistry>
{
    private static readonly string[] Urls =
    [
        "/staff",
        "/staff/agreements",
        "/staff/agreements?q=Medicen&status=Ended",
        "/staff/agreements?handler=Csv",
        "/staff/agreements/1",
        "/staff/organizations",
        "/staff/organizations/1",
        "/staff/people",
    ];

    public static TheoryData<string> StaffPages => new(Urls);

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task Anonymous_users_are_sent_to_sign_in_and_back(string url)
    {
        var response = await registry.Factory.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/sign-in?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(url.Split('?')[0]), location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Admin)]
    public async Task Staff_and_admins_see_every_staff_page_which_is_never_stored(string role)
    {
        var client = registry.As(role);
        foreach (var url in Urls)
        {
            var response = await client.GetAsync(url);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url} lacks Cache-Control: no-store");
        }
    }

    [Fact]
    public async Task A_signed_in_account_without_a_role_is_refused()
    {
        var email = $"norole-{Guid.NewGuid():N}@example.org";
        await using (var scope = registry.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.CreateAsync(new AppUser { UserName = email, Email = email }, RegistryFactory.Password)).Succeeded);
        }

        var client = registry.Factory.CreateBrowser();
        await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryFactory.Password });
        var response = await client.GetAsync("/staff/agreements");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/agreements/999999")]
    [InlineData("/staff/agreements/0")]
    [InlineData("/staff/agreements/-1")]
    [InlineData("/staff/agreements/abc")]
    [InlineData("/staff/agreements/99999999999999999999")]
    [InlineData("/staff/organizations/999999")]
    [InlineData("/staff/organizations/x")]
    public async Task An_unknown_id_is_a_404(string url)
    {
        var client = registry.Staff;

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/staff/agreements?type=Nonsense&status=Whatever&visibility=Secret")]
    [InlineData("/staff/agreements?from=abc&to=99999")]
    [InlineData("/staff/agreements?from=2030&to=2020")]
    [InlineData("/staff/agreements?country=XX")]
    [InlineData("/staff/agreements?sort=Nope&dir=sideways")]
    [InlineData("/staff/agreements?page=-5&size=100000")]
    [InlineData("/staff/agreements?page=abc&size=x")]
    [InlineData("/staff/agreements?q=%25_%5C%27%22%3Cscript%3E")]
    [InlineData("/staff/agreements?status=99&type=123&sort=77&visibility=5")]
    [InlineData("/staff/agreements?q=%22a%22%20OR%20*%20NEAR(b%20%5E%20c%3A")]
    [InlineData("/staff/organizations?q=%25&page=99999")]
    [InlineData("/staff/people?page=-1&q=%5F")]
    public async Task Bad_input_shows_the_page_never_a_server_error(string url)
    {
        var client = registry.Staff;

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/staff/agreements?q=a%00b&handler=nonsense&zz=1")]
    [InlineData("/staff/organizations?q=%00")]
    [InlineData("/staff/agreements?q=%00abc%00")]
    [InlineData("/staff/people?q=x%00%01")]
    public async Task A_NUL_in_the_query_is_a_400_before_any_page_runs(string url)
    {
        var response = await registry.Staff.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
