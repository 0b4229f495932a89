using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Admin;

public sealed class AdminAccessTests(AdminAccessTests.Clients registry) : IClassFixture<AdminAccessTests.Clients>
{
    /// <summary>One app and one signed-in client per role for the whole class, as sign-ins are rate-limited.</summary>
    public sealed class Clients : IDisposable
    {
        private readonly Lazy<Task<HttpClient>> _staff;
        private readonly Lazy<Task<HttpClient>> _admin;

        public Clients()
        {
            _staff = new(() => Factory.SignedInAsync(Roles.Staff));
            _admin = new(() => Factory.SignedInAsync(Roles.Admin));
        }

        public RegistryFactory Factory { get; } = new();

        public Task<HttpClient> StaffAsync() => _staff.Value;

        public Task<HttpClient> AdminAsync() => _admin.Value;

        public void Dispose() => Factory.Dispose();
    }

    public static TheoryData<string> Pages =>
    [
        "/admin",
        "/admin/organizations",
        "/admin/organizations/create",
        "/admin/organizations/edit/1",
        "/admin/organizations/delete/1",
        "/admin/agreements",
        "/admin/agreements/create",
        "/admin/agreements/import",
        "/admin/agreements/edit/1",
        "/admin/agreements/delete/1",
        "/admin/people",
        "/admin/people/edit/1",
        "/admin/users",
        "/admin/users/create",
        "/admin/audit",
        "/admin/audit?entity=Agreement&agreementId=1",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Staff_get_403_on_every_admin_page_and_post(string url)
    {
        var staff = await registry.StaffAsync();

        Assert.Equal(HttpStatusCode.Forbidden, await RefusalAsync(staff, await staff.GetAsync(url)));
        Assert.Equal(HttpStatusCode.Forbidden, await RefusalAsync(staff, await staff.PostAsync(url, new FormUrlEncodedContent([new("Input.Name", "x")]))));
    }

    /// <summary>The refusal's status, whether it is sent directly or after the cookie handler's redirect to the access-denied page.</summary>
    public static async Task<HttpStatusCode> RefusalAsync(HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) == true)
        {
            return (await client.GetAsync(response.Headers.Location)).StatusCode;
        }

        return response.StatusCode;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var anonymous = registry.Factory.CreateBrowser();

        var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Admins_can_open_every_admin_page(string url)
    {
        var admin = await registry.AdminAsync();

        await admin.GetPageAsync(url);
    }
}
