#if POSTGRESQL
using System.Diagnostics;
using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// Two instances on one database. A write on one reaches the other's cached pages and read models through
/// LISTEN/NOTIFY within a second (decision 015): nothing but the notification tells the second instance.
/// </summary>
public sealed class CrossInstanceEvictionTests(ITestOutputHelper output) : InstancePair
{
    private static readonly TimeSpan Requirement = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_write_on_one_instance_shows_on_every_cached_page_of_the_other_within_a_second()
    {
        var marker = $"Zebrafish{Guid.NewGuid():N}"[..20];
        var title = $"{marker} imaging study";
        var partner = $"Aardvark {marker} Lab";
        Start();
        var visitor = B.CreateBrowser();
        var staff = await B.SignedInAsync(Roles.Staff);
        var pages = new (string Name, HttpClient Client, string Url, string Shows)[]
        {
            ("directory", visitor, "/partners", partner),
            ("profile", visitor, $"/partners/{RegistryWrites.MedicenSlug}", title),
            ("staff search", staff, $"/staff/agreements?q={marker}", title),
            // Not kept in memory (it showed the write with notifications switched off): here for the timing only.
            ("dashboard", staff, "/staff", title),
        };
        foreach (var page in pages)
        {
            for (var i = 0; i < 2; i++)
            {
                Assert.DoesNotContain(page.Shows, await BodyAsync(page.Client, page.Url));
            }
        }

        Assert.True((await visitor.GetAsync("/partners")).Headers.Contains("Age"), "B's directory should come from its output cache, or this test proves nothing about eviction");

        var version = B.Services.GetRequiredService<RegistryChanges>();
        var before = version.Version;
        await A.AddEndingSoonAgreementAsync(title, partner);
        var written = Stopwatch.StartNew();

        var notified = NotifiedAsync(version, before, written);
        var seen = await Task.WhenAll(pages.Select(page => FirstSeenAsync(page.Client, page.Url, page.Shows, written)));
        output.WriteLine($"B was notified (its registry version moved) {(await notified).TotalMilliseconds:0} ms after A's commit");
        for (var i = 0; i < pages.Length; i++)
        {
            output.WriteLine($"{pages[i].Name} ({pages[i].Url}) on B: {(seen[i] is { } elapsed ? $"{elapsed.TotalMilliseconds:0} ms" : $"not within {Requirement.TotalMilliseconds} ms")} after A's commit");
        }

        Assert.All(seen, s => Assert.NotNull(s));
        Assert.Equal(0, B.Notifications.Reconnections);
    }

    private static async Task<TimeSpan> NotifiedAsync(RegistryChanges version, long before, Stopwatch written)
    {
        while (version.Version == before && written.Elapsed < Requirement)
        {
            await Task.Delay(1);
        }

        return written.Elapsed;
    }

    /// <summary>How long after the write <paramref name="url"/> first showed <paramref name="text"/>; null if not within the requirement.</summary>
    private static async Task<TimeSpan?> FirstSeenAsync(HttpClient client, string url, string text, Stopwatch written)
    {
        while (written.Elapsed < Requirement)
        {
            if ((await BodyAsync(client, url)).Contains(text, StringComparison.Ordinal))
            {
                return written.Elapsed;
            }

            await Task.Delay(10);
        }

        return null;
    }

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
#endif
