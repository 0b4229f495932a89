using System.Net;
using System.Text.Json;
using LinkJ.Partnerships.Tests.Api;
using LinkJ.Partnerships.Tests.Staff;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Tokens;

/// <summary>
/// A personal access token's whole life over HTTP: created on /account/tokens and shown once, used on the staff API,
/// then revoked, expired, or stopped by a disabled account, each a 401 at once. It never opens a page or a POST.
/// </summary>
public sealed class StaffApiTokenTests
{
    private const string Agreements = "/api/v1/staff/agreements";

    [Fact]
    public async Task A_new_token_reads_the_staff_api_with_internal_agreements_and_no_cache()
    {
        using var factory = new RegistryFactory();
        var internalId = await factory.AddAgreementAsync("Confidential pilot", new DateOnly(2025, 4, 1), Term.OfYears(2), "Hidden Bio KK", "JP", Visibility.Internal);
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync();
        var client = factory.CreateClient();

        var response = await client.GetWithTokenAsync(Agreements + "?size=100", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        TokenSteps.AssertPrivateNoStore(response);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == internalId);
        Assert.Equal("Internal", item.Code("visibility"));
        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
        Assert.StartsWith(AccessToken.MarkerOf(TokenPurpose.Api), token, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_api_lists_exactly_what_the_staff_search_lists_with_the_same_filters()
    {
        using var factory = new RegistryFactory();
        await factory.AddAgreementAsync("Confidential pilot", new DateOnly(2025, 4, 1), Term.OfYears(2), "Hidden Bio KK", "JP", Visibility.Internal);
        await factory.AddAgreementAsync("Ending pact", new DateOnly(2024, 1, 10), Term.Until(new DateOnly(2026, 12, 20)), "Soon GmbH", "DE");
        var archivedId = await factory.AddAgreementAsync("Shelved pact", new DateOnly(2025, 4, 1), Term.OfYears(2), "Shelf GmbH", "DE");
        await factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == archivedId).ExecuteUpdateAsync(u => u.SetProperty(a => a.ArchivedAt, DateTime.UtcNow)));
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync();
        var client = factory.CreateClient();

        // A search by words alone is paged from the text indexes' ids: the archived agreement is left out there too.
        var byWords = JsonDocument.Parse(await (await client.GetWithTokenAsync(Agreements + "?q=pact", token)).Content.ReadAsStringAsync()).RootElement;
        Assert.DoesNotContain(archivedId, byWords.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal(1, byWords.GetProperty("totalCount").GetInt32());

        foreach (var query in new[] { "", "?status=Ended", "?status=EndingSoon&sort=Title", "?visibility=Internal", "?scope=Home&sort=Ends&dir=desc", "?q=pact", "?q=pact&archived=true", "?country=DE", "?from=2024&to=2025" })
        {
            var page = await staff.GetPageAsync("/staff/agreements" + query);
            var listed = page.QuerySelectorAll("main table tbody tr a[href^='/staff/agreements/']")
                .Select(a => int.Parse(a.GetAttribute("href")!["/staff/agreements/".Length..], System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToArray();
            var answer = JsonDocument.Parse(await (await client.GetWithTokenAsync(Agreements + query, token)).Content.ReadAsStringAsync()).RootElement;
            var ids = answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToArray();
            Assert.True(listed.SequenceEqual(ids), $"{query}: page {string.Join(",", listed)}, API {string.Join(",", ids)}");
        }
    }

    [Fact]
    public async Task The_staff_organization_list_answers_as_the_page_does()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync();

        var answer = await factory.CreateClient().GetWithTokenAsync("/api/v1/staff/organizations?q=embassy", token);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var names = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("name").GetString()).ToArray();
        var page = await staff.GetPageAsync("/staff/organizations?q=embassy");
        Assert.Equal(page.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim()), names);
        Assert.NotEmpty(names);
    }

    [Fact]
    public async Task Without_a_token_or_with_a_cookie_only_the_staff_api_answers_401_with_a_bearer_challenge()
    {
        using var factory = new RegistryFactory();
        var signedIn = await factory.SignedInAsync(Roles.Admin);

        foreach (var (client, token) in new[] { (factory.CreateClient(), (string?)null), (signedIn, null), (factory.CreateClient(), "ljapi_" + new string('A', 43)), (factory.CreateClient(), "nonsense") })
        {
            var response = await client.GetWithTokenAsync(Agreements, token);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var challenge = Assert.Single(response.Headers.WwwAuthenticate);
            Assert.Equal("Bearer", challenge.Scheme);
            Assert.Equal(token is not null, challenge.Parameter?.Contains("invalid_token", StringComparison.Ordinal) == true);
            TokenSteps.AssertPrivateNoStore(response);
        }
    }

    [Fact]
    public async Task A_revoked_token_is_refused_at_once()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync("To revoke");
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithTokenAsync(Agreements, token)).StatusCode);

        var page = await staff.GetPageAsync("/account/tokens");
        var revoke = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action*='handler=Revoke']")!;
        var revoked = await staff.SubmitAsync(revoke, "/account/tokens", []);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithTokenAsync(Agreements, token)).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(AccessToken)).Select(e => e.Changes).ToListAsync());
        Assert.Contains(audit, changes => changes.Contains("RevokedAt", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, changes => changes.Contains(AccessToken.HashOf(token), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_works_until_the_start_of_its_expiry_day_in_Tokyo_and_not_after()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync(expiresOn: "2026-12-01");
        var client = factory.CreateClient();

        factory.Clock.Now = new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.FromHours(9));
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithTokenAsync(Agreements, token)).StatusCode);
        factory.Clock.Now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(9));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithTokenAsync(Agreements, token)).StatusCode);
    }

    [Theory]
    [InlineData("2027-11-25")]
    [InlineData("2026-11-24")]
    public async Task An_expiry_past_a_year_or_not_after_today_is_refused_next_to_the_field(string expiresOn)
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);

        var response = await staff.PostFormAsync("/account/tokens", new() { ["Input.Name"] = "Too long", ["Input.ExpiresOn"] = expiresOn }, "form[action*='handler=Create']");

        var page = await response.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("input[data-token]"));
        Assert.Contains("2027-11-24", page.QuerySelector("[data-valmsg-for='Input.ExpiresOn']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AccessTokens.CountAsync()));
    }

    [Fact]
    public async Task A_disabled_accounts_token_is_refused_at_once()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetWithTokenAsync(Agreements, token)).StatusCode);

        await DisableOwnerAsync(factory, token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithTokenAsync(Agreements, token)).StatusCode);
    }

    [Fact]
    public async Task A_token_never_opens_a_page_nor_a_post()
    {
        using var factory = new RegistryFactory();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var token = await admin.CreateTokenAsync();
        var client = factory.CreateBrowser();

        foreach (var page in new[] { "/staff", "/staff/agreements", "/admin", "/account/tokens", "/admin/tokens" })
        {
            var response = await client.GetWithTokenAsync(page, token);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal), $"{page}: {(int)response.StatusCode}");
        }

        var post = await client.GetWithTokenAsync(Agreements, token, HttpMethod.Post);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        var form = new HttpRequestMessage(HttpMethod.Post, "/admin/organizations/create") { Content = new FormUrlEncodedContent([new("Input.Name", "Made by a token")]) };
        form.Headers.Authorization = new("Bearer", token);
        var created = await client.SendAsync(form);
        Assert.NotEqual(HttpStatusCode.OK, created.StatusCode);
        Assert.False(created.IsSuccessStatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Name == "Made by a token")));
    }

    [Fact]
    public async Task Use_is_logged_with_the_tokens_id_never_the_token_and_last_use_is_written_at_most_once_a_minute()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync();
        var client = factory.CreateClient();
        var id = await factory.WithDbAsync(db => db.AccessTokens.Select(t => t.Id).SingleAsync());

        await client.GetWithTokenAsync(Agreements, token);
        var first = await LastUsedAsync(factory);
        factory.Clock.Now += TimeSpan.FromSeconds(30);
        await client.GetWithTokenAsync(Agreements, token);
        var within = await LastUsedAsync(factory);
        factory.Clock.Now += TimeSpan.FromSeconds(31);
        await client.GetWithTokenAsync(Agreements, token);
        var after = await LastUsedAsync(factory);

        Assert.NotNull(first);
        Assert.Equal(first, within);
        Assert.Equal(first!.Value.AddSeconds(61), after);
        Assert.Equal(3, factory.Logs.Events.Count(e => e.MessageTemplate.Text.StartsWith("Access token {TokenId}", StringComparison.Ordinal)
            && e.Properties["TokenId"].ToString() == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Level == Serilog.Events.LogEventLevel.Information
            && e.MessageTemplate.Text.Contains(") used by", StringComparison.Ordinal)));
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal) || line.Contains(token[AccessToken.PrefixLength..], StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(AccessToken) && e.Changes.Contains("LastUsedAt"))));
    }

    [Fact]
    public async Task The_staff_api_is_rate_limited_per_address_bad_tokens_included()
    {
        using var factory = new RegistryFactory();
        factory.Settings["StaffApi:PermitsPerWindow"] = "2";
        factory.Settings["StaffApi:WindowSeconds"] = "600";
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithTokenAsync(Agreements, "ljapi_" + new string('B', 43))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetWithTokenAsync(Agreements, null)).StatusCode);
        var limited = await client.GetWithTokenAsync(Agreements, null);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/partners")).StatusCode);
    }

    [Fact]
    public async Task Bad_filters_are_a_problem_naming_each_parameter()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync();

        var response = await factory.CreateClient().GetWithTokenAsync(Agreements + "?type=Treaty&from=1800&endsFrom=yesterday&country=XX&page=0&size=500&unknown=1", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["country", "endsFrom", "from", "page", "size", "type"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Labels_follow_lang_ja_on_the_staff_and_the_public_api()
    {
        using var factory = new RegistryFactory();
        var staff = await factory.SignedInAsync(Roles.Staff);
        var token = await staff.CreateTokenAsync();
        var client = factory.CreateClient();

        var english = JsonDocument.Parse(await (await client.GetWithTokenAsync(Agreements + "?status=Ended", token)).Content.ReadAsStringAsync()).RootElement;
        var japanese = JsonDocument.Parse(await (await client.GetWithTokenAsync(Agreements + "?status=Ended&lang=ja", token)).Content.ReadAsStringAsync()).RootElement;
        var publicJapanese = await client.GetJsonAsync("/api/v1/partners/royal-danish-embassy-tokyo?lang=ja");

        var en = english.GetProperty("items")[0].GetProperty("status");
        var ja = japanese.GetProperty("items")[0].GetProperty("status");
        Assert.Equal(en.GetProperty("code").GetString(), ja.GetProperty("code").GetString());
        Assert.Equal("Ended", en.GetProperty("label").GetString());
        Assert.Equal("終了", ja.GetProperty("label").GetString());
        Assert.Equal("終了", publicJapanese.GetProperty("agreements")[0].GetProperty("status").GetProperty("label").GetString());
    }

    private static Task<DateTime?> LastUsedAsync(RegistryFactory factory) =>
        factory.WithDbAsync(db => db.AccessTokens.AsNoTracking().Select(t => t.LastUsedAt).SingleAsync());

    internal static async Task DisableOwnerAsync(RegistryFactory factory, string secret)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.RegistryDbContext>();
        var hash = AccessToken.HashOf(secret);
        var ownerId = await db.AccessTokens.Where(t => t.Hash == hash).Select(t => t.OwnerId).SingleAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var owner = await users.FindByIdAsync(ownerId);
        owner!.DisabledAt = factory.Clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(owner);
    }
}
