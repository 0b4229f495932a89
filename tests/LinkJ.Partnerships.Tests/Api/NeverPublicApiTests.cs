using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using System.Net;

namespace LinkJ.Partnerships.Tests.Api;

/// <summary>The pages' never-public rules hold on the API: no internal agreement, note, stated or inferred date, or home organization as a partner.</summary>
public sealed class NeverPublicApiTests(DirectoryRegistry registry) : IClassFixture<DirectoryRegistry>
{
    public static TheoryData<string> Answers =>
    [
        "/api/v1/partners?size=100",
        "/api/v1/partners?q=Confidential",
        "/api/v1/partners?q=Secret",
        "/api/v1/partners?type=Moc",
        "/api/v1/partners/medicen-paris-region",
        "/api/v1/partners/royal-danish-embassy-tokyo",
        "/api/v1/partners/osaka-university",
        "/api/v1/agreements?size=100",
        "/api/v1/agreements?q=Confidential",
        "/api/v1/agreements?type=Moc",
        "/api/v1/agreements?country=JP",
    ];

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task No_answer_has_internal_agreements_notes_or_internal_only_partners(string url)
    {
        var response = await registry.Client.GetAsync(url);
        var text = System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(DirectoryRegistry.InternalOnlyName, text);
        Assert.DoesNotContain(DirectoryRegistry.InternalOnlyLocalName, text);
        Assert.DoesNotContain("secret-pharma", text);
        Assert.DoesNotContain("Confidential licensing", text);
        Assert.DoesNotContain(DirectoryRegistry.InternalAgreementTitle, text);
        Assert.DoesNotContain(DirectoryRegistry.AgreementNote, text);
        Assert.DoesNotContain(DirectoryRegistry.OrganizationNote, text);
        Assert.DoesNotContain(DirectoryRegistry.QualityNote, text);
        Assert.DoesNotContain("notes", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("visibility", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_organization_whose_agreements_are_all_internal_is_a_404()
    {
        await registry.Client.GetJsonAsync("/api/v1/partners/secret-pharma", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_home_organization_is_not_listed_and_is_a_404()
    {
        var home = await registry.Factory.WithDbAsync(db => db.Organizations.Where(o => o.IsHome).Select(o => o.Slug).SingleAsync());
        var all = await registry.Client.GetJsonAsync("/api/v1/partners?size=100");
        var byName = await registry.Client.GetJsonAsync("/api/v1/partners?q=LINK-J");

        Assert.DoesNotContain(home, all.Slugs());
        Assert.DoesNotContain(home, byName.Slugs());
        await registry.Client.GetJsonAsync("/api/v1/partners/" + home, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_home_organization_is_never_a_listed_party_with_a_link()
    {
        var home = await registry.Factory.WithDbAsync(db => db.Organizations.Where(o => o.IsHome).Select(o => o.Slug).SingleAsync());
        var agreements = await registry.Client.GetJsonAsync("/api/v1/agreements?size=100");

        var parties = agreements.GetProperty("items").EnumerateArray().SelectMany(a => a.GetProperty("parties").EnumerateArray()).ToList();
        Assert.Contains(parties, p => !p.GetProperty("listed").GetBoolean());
        Assert.DoesNotContain(parties, p => p.GetProperty("slug").GetString() == home);
    }

    [Fact]
    public async Task A_partner_lists_only_its_public_agreements()
    {
        var medicen = await registry.Client.GetJsonAsync("/api/v1/partners/medicen-paris-region");

        Assert.Equal(["Mou"], medicen.GetProperty("agreements").EnumerateArray().Select(a => a.Code("type")).ToArray());
    }

    [Fact]
    public async Task The_stated_and_inferred_dates_that_only_staff_see_stay_off_the_api()
    {
        var moc = await registry.Factory.WithDbAsync(db => db.Agreements.SingleAsync(a => a.Type == AgreementType.Moc && a.Visibility == Visibility.Public));
        Assert.NotNull(moc.EffectiveOnAsStated);

        foreach (var url in new[] { "/api/v1/partners/royal-danish-embassy-tokyo", "/api/v1/agreements?type=Moc" })
        {
            var text = System.Text.RegularExpressions.Regex.Unescape(await (await registry.Client.GetAsync(url)).Content.ReadAsStringAsync());
            Assert.DoesNotContain(moc.EffectiveOnAsStated!, text);
            Assert.DoesNotContain("inferred", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("stated", text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
