using System.Net;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Partners;

[Collection(DirectoryCollection.Name)]
public sealed class PartnerProfileTests(DirectoryRegistry registry)
{
    [Fact]
    public async Task A_profile_shows_the_organization_its_parent_and_its_agreement_in_full()
    {
        var page = await registry.Client.GetPageAsync("/partners/royal-danish-embassy-tokyo");

        Assert.Equal("Royal Danish Embassy in Tokyo", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("在日デンマーク王国大使館", page.QuerySelector("main header [lang=ja]")!.TextContent);
        Assert.Contains("Tokyo, Denmark", page.QuerySelector("main header")!.TextContent);
        Assert.Contains("economic diplomacy in health", page.QuerySelector(".partner-description")!.TextContent);
        Assert.Equal("https://japan.um.dk/en.aspx", page.QuerySelector(".partner-facts a[rel~=external]")!.GetAttribute("href"));
        // The parent has no public agreement of its own, so it is named but not linked.
        var parent = page.QuerySelector("[data-parent]")!;
        Assert.Equal("Ministry of Foreign Affairs of Denmark", parent.TextContent.Trim());
        Assert.Null(parent.QuerySelector("a"));

        var moc = page.QuerySelector("article.agreement")!;
        var text = moc.TextContent;
        Assert.Contains("MOC", moc.QuerySelector("h3")!.TextContent);
        Assert.Contains("Life Science Innovation Network Japan", moc.QuerySelector(".other-parties")!.TextContent);
        Assert.Null(moc.QuerySelector(".other-parties a"));
        Assert.Equal("2020-11-20", moc.QuerySelectorAll("time")[0].GetAttribute("datetime"));
        Assert.Contains("3 years", text);
        Assert.Equal("2023-11-20", moc.QuerySelectorAll("time")[1].GetAttribute("datetime"));
        Assert.Equal("Ended", moc.QuerySelector("[data-status]")!.TextContent);
        var people = moc.QuerySelectorAll(".people li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("Peter Taksøe-Jensen, Ambassador of Denmark to Japan · Signatory, for Royal Danish Embassy in Tokyo", people);
        Assert.Contains(people, p => p.StartsWith("Joakim Steen Barron-Mikkelsen", StringComparison.Ordinal) && p.Contains("Representative", StringComparison.Ordinal));
        Assert.Contains(people, p => p.StartsWith("Hideyuki Okano, President, LINK-J", StringComparison.Ordinal));
        Assert.Equal("https://www.link-j.org/", moc.QuerySelector(".agreement-source a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task People_acting_for_the_partner_come_first_then_signatories_then_by_name()
    {
        var page = await registry.Client.GetPageAsync("/partners/royal-danish-embassy-tokyo");

        var names = page.QuerySelectorAll("article.agreement .people li .fw-semibold").Select(n => n.TextContent).ToArray();
        Assert.Equal(["Peter Taksøe-Jensen", "Joakim Steen Barron-Mikkelsen", "Hideyuki Okano", "Akihiko Soyama"], names);
    }

    [Fact]
    public async Task Partners_of_the_same_agreement_link_to_each_other()
    {
        var page = await registry.Client.GetPageAsync("/partners/matador-japan");

        var other = page.QuerySelector("article.agreement .other-parties a")!;
        Assert.Equal("/partners/pistoia-alliance", other.GetAttribute("href"));
        Assert.Equal("Lead", page.QuerySelector("article.agreement .other-parties li")!.GetAttribute("data-role"));
        Assert.Contains("Lead", page.QuerySelector("article.agreement .other-parties li .badge")!.TextContent);
        Assert.Contains("Open-ended", page.QuerySelector("article.agreement")!.TextContent);
        Assert.Equal("OpenEnded", page.QuerySelector("article.agreement [data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Agreements_are_newest_first_with_status_today()
    {
        var page = await registry.Client.GetPageAsync("/partners/osaka-university");

        var agreements = page.QuerySelectorAll("article.agreement");
        Assert.Equal(["LetterOfIntent", "CollaborationAgreement"], agreements.Select(a => a.GetAttribute("data-type")!).ToArray());
        Assert.Equal(["Upcoming", "Active"], agreements.Select(a => a.QuerySelector("[data-status]")!.GetAttribute("data-status")!).ToArray());
        Assert.Equal("https://example.org/osaka-release", agreements[1].QuerySelector(".agreement-source a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_profile_has_its_own_title_description_and_canonical_link()
    {
        var page = await registry.Client.GetPageAsync("/partners/osaka-university");

        Assert.StartsWith("Osaka University", page.Title);
        Assert.Equal("About Osaka University.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.EndsWith("/partners/osaka-university", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Osaka University", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/partners/no-such-partner")]
    [InlineData("/partners/MEDICEN-PARIS-REGION-X")]
    [InlineData("/partners/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/partners/ministry-of-foreign-affairs-of-denmark")]
    public async Task An_unknown_or_unlisted_slug_is_a_real_404_page(string url)
    {
        var client = registry.Factory.CreateBrowser();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }
}
