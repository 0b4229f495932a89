using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Tokens;

/// <summary>Who sees and revokes which tokens: each user their own on /account/tokens, an admin everyone's on /admin/tokens.</summary>
public sealed class TokenPagesTests
{
    [Fact]
    public async Task A_users_page_lists_their_own_tokens_by_prefix_and_never_shows_a_secret_again()
    {
        // CreateTokenAsync has read the one page that shows the secret; every page after it shows only the prefix.
        using var factory = new RegistryFactory();
        var alice = await factory.SignedInAsync(Roles.Staff);
        var bob = await factory.SignedInAsync(Roles.Staff);
        var aliceToken = await alice.CreateTokenAsync("Alice's sheet");
        await bob.CreateTokenAsync("Bob's sheet");

        var page = await alice.GetPageAsync("/account/tokens");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Alice's sheet", text, StringComparison.Ordinal);
        Assert.Contains(aliceToken[..AccessToken.PrefixLength], text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob's sheet", text, StringComparison.Ordinal);
        Assert.DoesNotContain(aliceToken, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[data-token]"));
        Assert.True((await alice.GetAsync("/account/tokens")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_user_cannot_revoke_someone_elses_token_from_their_own_page()
    {
        using var factory = new RegistryFactory();
        var alice = await factory.SignedInAsync(Roles.Staff);
        var bob = await factory.SignedInAsync(Roles.Staff);
        var bobToken = await bob.CreateTokenAsync();
        var bobTokenId = await factory.WithDbAsync(db => db.AccessTokens.Select(t => t.Id).SingleAsync());
        var form = (IHtmlFormElement)(await alice.GetPageAsync("/account/tokens")).QuerySelector("form[action*='handler=Create']")!;
        form.Action = $"/account/tokens?handler=Revoke&id={bobTokenId}";

        var response = await alice.SubmitAsync(form, "/account/tokens", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetWithTokenAsync("/api/v1/staff/agreements", bobToken)).StatusCode);
    }

    [Fact]
    public async Task Staff_are_refused_the_admin_token_page_and_its_revoke()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync();
        var id = await factory.WithDbAsync(db => db.AccessTokens.Select(t => t.Id).SingleAsync());
        var antiforgery = (await staff.GetPageAsync("/account/tokens")).AntiforgeryToken();

        var page = await staff.GetAsync("/admin/tokens");
        var revoke = await staff.PostAsync($"/admin/tokens?handler=Revoke&id={id}", new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));

        Assert.Contains("/account/access-denied", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", revoke.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetWithTokenAsync("/api/v1/staff/agreements", token)).StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_every_accounts_tokens_and_feeds_and_a_revoke_is_audited_and_immediate()
    {
        using var factory = new RegistryFactory();
        var email = await factory.CreateUserAsync(Roles.Staff);
        var staff = factory.CreateBrowser();
        await staff.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryFactory.Password });
        var token = await staff.CreateTokenAsync("Quarterly report");
        await staff.TurnFeedOnAsync();
        var admin = await factory.SignedInAsync(Roles.Admin);

        var page = await admin.GetPageAsync("/admin/tokens");

        var rows = page.QuerySelectorAll("main tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Quarterly report", StringComparison.Ordinal) && r.Contains(email, StringComparison.Ordinal) && r.Contains(token[..AccessToken.PrefixLength], StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Calendar feed", StringComparison.Ordinal) && r.Contains(email, StringComparison.Ordinal));
        Assert.DoesNotContain(token, page.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var form = (IHtmlFormElement)page.QuerySelectorAll("main tbody tr").First(r => r.TextContent.Contains("Quarterly report", StringComparison.Ordinal)).QuerySelector("form")!;
        var revoked = await admin.SubmitAsync(form, "/admin/tokens", []);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetWithTokenAsync("/api/v1/staff/agreements", token)).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(AccessToken) && e.Action == AuditAction.Updated).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.NotEqual(email, entry.UserName);
        Assert.Contains("RevokedAt", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answers_that_show_a_new_token_or_feed_once_are_in_Japanese_too()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        await staff.PostFormAsync("/account/language", new() { ["culture"] = "ja", ["returnUrl"] = "/staff" });
        var english = Localization.ResourceFile.Read("Resources/SharedResource.resx");
        var japanese = Localization.ResourceFile.Read("Resources/SharedResource.ja.resx");
        var translatable = english.Where(e => japanese[e.Key] != e.Value && e.Value.Length > 2).Select(e => e.Value).ToHashSet(StringComparer.Ordinal);

        var token = await staff.GetAsync((await staff.PostFormAsync("/account/tokens", new() { ["Input.Name"] = "シート" }, "form[action*='handler=Create']")).Headers.Location);
        var feed = await staff.GetAsync((await staff.PostFormAsync("/account/calendar", new() { ["IncludeNoticePoints"] = "true" }, "form[action*='handler=On']")).Headers.Location);
        var refused = await staff.PostFormAsync("/account/tokens", new() { ["Input.Name"] = "", ["Input.ExpiresOn"] = "2030-01-01" }, "form[action*='handler=Create']");

        foreach (var response in new[] { token, feed, refused })
        {
            var page = await response.ReadHtmlAsync();
            Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
            Assert.DoesNotContain(Localization.PageText.InPageLanguage(page), translatable.Contains);
        }

        Assert.Contains("今すぐコピー", (await token.ReadHtmlAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("トークンの名前を入力してください。", (await refused.ReadHtmlAsync()).Body!.TextContent, StringComparison.Ordinal);
    }
}
