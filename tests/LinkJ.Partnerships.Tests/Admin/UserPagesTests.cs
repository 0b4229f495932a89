using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Admin;

public sealed class UserPagesTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_admin_creates_a_staff_account_that_can_sign_in()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var response = await admin.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = "new.colleague@link-j.example",
            ["Input.DisplayName"] = "New Colleague",
            ["Input.Role"] = Roles.Staff,
            ["Input.Password"] = "a long enough password",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("new.colleague@link-j.example", (await admin.GetPageAsync("/admin/users")).QuerySelector("[role=status]")?.TextContent);
        var colleague = await SignInAsync("new.colleague@link-j.example", "a long enough password");
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/staff")).StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "AccountRole" && a.Action == AuditAction.Created && a.Changes.Contains("Staff"))));
    }

    [Theory]
    [InlineData("Input.Email", "not-an-email", "not a valid email")]
    [InlineData("Input.Password", "too short", "at least 12 characters")]
    [InlineData("Input.Role", "Owner", "Choose Staff or Admin")]
    public async Task An_invalid_account_is_refused_beside_the_field_and_nothing_is_created(string field, string value, string message)
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var before = await _factory.WithDbAsync(db => db.Users.CountAsync());
        var fields = new Dictionary<string, string> { ["Input.Email"] = "someone@link-j.example", ["Input.Role"] = Roles.Staff, ["Input.Password"] = "a long enough password" };
        fields[field] = value;

        var response = await admin.PostFormAsync("/admin/users/create", fields);

        var page = await response.ReadHtmlAsync();
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_disabled_account_loses_its_session_at_once_and_cannot_sign_in_until_re_enabled()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var email = await _factory.CreateUserAsync(Roles.Staff);
        var staff = await SignInAsync(email, RegistryFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff")).StatusCode);
        var id = await IdOfAsync(email);

        var response = await admin.PostFormAsync($"/admin/users/edit/{id}", [], "main form[action$='handler=Disable']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await staff.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateBrowser().PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryFactory.Password })).StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Account" && a.EntityId == id && a.Changes.Contains("DisabledAt"))));

        await admin.PostFormAsync($"/admin/users/edit/{id}", [], "main form[action$='handler=Enable']");
        Assert.Equal(HttpStatusCode.OK, (await (await SignInAsync(email, RegistryFactory.Password)).GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_replaces_the_password_and_ends_the_accounts_sessions()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var email = await _factory.CreateUserAsync(Roles.Staff);
        var staff = await SignInAsync(email, RegistryFactory.Password);
        var id = await IdOfAsync(email);

        var response = await admin.PostFormAsync($"/admin/users/edit/{id}", new() { ["Password.NewPassword"] = "a brand new passphrase" }, "main form[action$='handler=ResetPassword']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await SignInAsync(email, "a brand new passphrase")).GetAsync("/staff")).StatusCode);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Account" && a.EntityId == id && a.Changes.Contains("PasswordHash")).Select(a => a.Changes).FirstAsync());
        Assert.DoesNotContain("AQAAAA", audit);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_or_disabled()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await _factory.WithDbAsync(db => db.UserRoles.Where(r => r.RoleId == Roles.Admin).Select(r => r.UserId).SingleAsync());

        var demote = await admin.PostFormAsync($"/admin/users/edit/{id}", new() { ["Input.Role"] = Roles.Staff }, "main form:not([action*='handler'])");
        Assert.Contains("last enabled admin", (await demote.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Input.Role']")?.TextContent);
        var disable = await admin.PostFormAsync($"/admin/users/edit/{id}", [], "main form[action$='handler=Disable']");
        Assert.Contains("last enabled admin", (await disable.ReadHtmlAsync()).QuerySelector(".validation-summary-errors")?.TextContent);
        Assert.True(await IsAdminAsync(id));
        Assert.Null(await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.DisabledAt).SingleAsync()));

        // With a second admin, the first may step down.
        await _factory.CreateUserAsync(Roles.Admin);
        var allowed = await admin.PostFormAsync($"/admin/users/edit/{id}", new() { ["Input.Role"] = Roles.Staff }, "main form:not([action*='handler'])");
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.False(await IsAdminAsync(id));
    }

    [Fact]
    public async Task Changing_a_role_takes_effect_and_a_role_the_form_does_not_offer_changes_nothing()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var email = await _factory.CreateUserAsync(Roles.Staff);
        var id = await IdOfAsync(email);

        var refused = await admin.PostFormAsync($"/admin/users/edit/{id}", new() { ["Input.Role"] = "Owner" }, "main form:not([action*='handler'])");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal([Roles.Staff], await RolesOfAsync(id));

        await admin.PostFormAsync($"/admin/users/edit/{id}", new() { ["Input.Role"] = Roles.Admin }, "main form:not([action*='handler'])");
        Assert.Equal([Roles.Admin], await RolesOfAsync(id));
        var promoted = await SignInAsync(email, RegistryFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await promoted.GetAsync("/admin")).StatusCode);
    }

    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = _factory.CreateBrowser();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private Task<string> IdOfAsync(string email) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<bool> IsAdminAsync(string id) => (await RolesOfAsync(id)).Contains(Roles.Admin);

    private async Task<List<string>> RolesOfAsync(string id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Web.Domain.AppUser>>();
        return [.. await users.GetRolesAsync((await users.FindByIdAsync(id))!)];
    }
}
