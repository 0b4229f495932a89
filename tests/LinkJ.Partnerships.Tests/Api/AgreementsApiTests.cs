using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary><c>/api/v1/agreements</c>: the public agreements of listed partners, newest first, as their profiles show them.</summary>
public sealed class AgreementsApiTests(DirectoryRegistry registry) : IClassFixture<DirectoryRegistry>
{
    [Fact]
    public async Task Every_public_agreement_of_a_listed_partner_is_listed_once_newest_first()
    {
        var api = await registry.Client.GetJsonAsync("/api/v1/agreements?size=100");
        var items = api.GetProperty("items").EnumerateArray().ToList();
        var partners = await registry.Client.GetJsonAsync("/api/v1/partners?size=100");
        var profiles = new List<string>();
        foreach (var slug in partners.Slugs())
        {
            var partner = await registry.Client.GetJsonAsync("/api/v1/partners/" + slug);
            profiles.AddRange(partner.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("title").GetString()!));
        }

        Assert.Equal(profiles.Distinct().Order(), items.Select(i => i.GetProperty("title").GetString()!).Order());
        Assert.Equal(items.Count, api.GetProperty("totalCount").GetInt32());
        var dates = items.Select(i => DateOnly.Parse(i.GetProperty("effectiveOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public async Task An_agreement_names_all_its_parties_the_listed_ones_with_links()
    {
        var api = await registry.Client.GetJsonAsync("/api/v1/agreements?q=Osaka&type=CollaborationAgreement");
        var research = Assert.Single(api.GetProperty("items").EnumerateArray());

        var parties = research.GetProperty("parties").EnumerateArray().ToList();
        Assert.Equal(2, parties.Count);
        Assert.Equal("osaka-university", parties[0].GetProperty("slug").GetString());
        Assert.True(parties[0].GetProperty("listed").GetBoolean());
        Assert.Equal("Party", parties[0].Code("role"));
        Assert.Equal("/partners/osaka-university", parties[0].GetProperty("links").GetProperty("profile").GetString());
        Assert.False(parties[1].GetProperty("listed").GetBoolean());
    }

    [Theory]
    [InlineData("status=in-force", new[] { "active", "ending-soon", "open-ended" })]
    [InlineData("status=ended", new[] { "ended" })]
    public async Task Status_applies_to_each_agreement(string query, string[] statuses)
    {
        var api = await registry.Client.GetJsonAsync("/api/v1/agreements?size=100&" + query);

        Assert.NotEmpty(api.GetProperty("items").EnumerateArray());
        Assert.All(api.GetProperty("items").EnumerateArray(), a => Assert.Contains(a.Code("status"), statuses));
    }

    [Fact]
    public async Task Country_filters_by_the_listed_partners_of_that_country()
    {
        var japan = await registry.Client.GetJsonAsync("/api/v1/agreements?country=JP&size=100");
        var titles = new List<string>();
        foreach (var slug in (await registry.Client.GetJsonAsync("/api/v1/partners?country=JP&size=100")).Slugs())
        {
            var partner = await registry.Client.GetJsonAsync("/api/v1/partners/" + slug);
            titles.AddRange(partner.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("title").GetString()!));
        }

        Assert.NotEmpty(titles);
        Assert.Equal(titles.Distinct().Order(), japan.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).Order());
    }

    [Fact]
    public async Task Type_filters_each_agreement()
    {
        var letters = await registry.Client.GetJsonAsync("/api/v1/agreements?type=LetterOfIntent&size=100");

        Assert.Equal(2, letters.GetProperty("totalCount").GetInt32());
        Assert.All(letters.GetProperty("items").EnumerateArray(), a => Assert.Equal("LetterOfIntent", a.Code("type")));
    }
}
