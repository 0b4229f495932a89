using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>The output cache answers repeat anonymous visits to public pages, and never with stale data.</summary>
public sealed class OutputCacheTests : IDisposable
{
    private const string ListedSlug = "medicen-paris-region";
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/partners")]
    public async Task A_repeat_anonymous_visit_to_a_public_page_comes_from_the_cache(string url)
    {
        var visitor = _factory.CreateBrowser();

        Assert.False(await FromCacheAsync(visitor, url));
        Assert.True(await FromCacheAsync(visitor, url));
    }

    [Fact]
    public async Task Each_query_has_its_own_entry()
    {
        var visitor = _factory.CreateBrowser();
        await FromCacheAsync(visitor, "/partners");

        Assert.False(await FromCacheAsync(visitor, "/partners?country=DK"));
        Assert.False(await FromCacheAsync(visitor, "/partners?country=FR"));
        Assert.True(await FromCacheAsync(visitor, "/partners?country=DK"));
    }

    [Fact]
    public void The_cache_holds_at_most_32_MB_of_pages()
    {
        _ = _factory.Server;
        var options = _factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>>().Value;

        Assert.Equal(32 * 1024 * 1024, options.SizeLimit);
    }

    [Fact]
    public async Task An_admins_rename_appears_in_the_very_next_anonymous_request()
    {
        var visitor = _factory.CreateBrowser();
        var listed = await _factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Slug == ListedSlug));
        await FromCacheAsync(visitor, "/partners");
        Assert.True(await FromCacheAsync(visitor, "/partners"));
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var saved = await admin.PostFormAsync($"/admin/organizations/edit/{listed.Id}", new() { ["Input.Name"] = "Renamed Paris Cluster" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await (await visitor.GetAsync("/partners")).Content.ReadAsStringAsync();
        Assert.Contains("Renamed Paris Cluster", page);
        Assert.DoesNotContain(listed.Name, page);
    }

    [Fact]
    public async Task A_write_inside_a_transaction_is_published_when_it_commits_and_not_before()
    {
        var visitor = _factory.CreateBrowser();
        await FromCacheAsync(visitor, "/partners");

        await _factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var organization = await db.Organizations.SingleAsync(o => o.Slug == ListedSlug);
            organization.Rename("Committed Later Cluster");
            await db.SaveChangesAsync();
            Assert.DoesNotContain("Committed Later Cluster", await (await visitor.GetAsync("/partners")).Content.ReadAsStringAsync());

            await transaction.CommitAsync();
        });

        Assert.Contains("Committed Later Cluster", await (await visitor.GetAsync("/partners")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_user_never_gets_the_cached_anonymous_page()
    {
        var visitor = _factory.CreateBrowser();
        await FromCacheAsync(visitor, "/partners");
        Assert.True(await FromCacheAsync(visitor, "/partners"));
        var staff = await _factory.SignedInAsync(Roles.Staff);

        var response = await staff.GetAsync("/partners");

        Assert.False(response.Headers.Contains("Age"));
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("form[action='/account/sign-out']"));
        Assert.True(await FromCacheAsync(visitor, "/partners"));
    }

    [Fact]
    public async Task A_new_day_in_Tokyo_is_a_new_entry()
    {
        var visitor = _factory.CreateBrowser();
        await FromCacheAsync(visitor, "/partners");

        _factory.Clock.SetToday(RegistryFactory.DefaultToday.AddDays(1));

        Assert.False(await FromCacheAsync(visitor, "/partners"));
    }

    [Fact]
    public async Task The_cache_can_be_switched_off_by_configuration()
    {
        using var factory = new RegistryFactory();
        factory.Settings["OutputCache:Enabled"] = "false";
        var visitor = factory.CreateBrowser();

        await FromCacheAsync(visitor, "/partners");

        Assert.False(await FromCacheAsync(visitor, "/partners"));
    }

    private static async Task<bool> FromCacheAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.Contains("Age");
    }
}
