using System.Net;
using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>The never-public rules of Partners/NeverPublicTests, on the Japanese addresses.</summary>
[Collection(DirectoryCollection.Name)]
public sealed class NeverPublicInJapaneseTests(DirectoryRegistry registry)
{
    public static TheoryData<string> JapanesePages =>
    [
        "/ja/",
        "/ja/partners",
        "/ja/partners?size=100",
        "/ja/partners?q=Confidential",
        "/ja/partners?type=Moc",
        "/ja/partners/medicen-paris-region",
        "/ja/partners/royal-danish-embassy-tokyo",
    ];

    [Theory]
    [MemberData(nameof(JapanesePages))]
    public async Task No_Japanese_page_shows_internal_agreements_notes_or_internal_only_partners(string url)
    {
        var page = await registry.Client.GetPageAsync(url);
        var text = page.DocumentElement.OuterHtml;

        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain(DirectoryRegistry.InternalOnlyName, text);
        Assert.DoesNotContain(DirectoryRegistry.InternalOnlyLocalName[..2], text);
        Assert.DoesNotContain("secret-pharma", text);
        Assert.DoesNotContain("Confidential licensing", text);
        Assert.DoesNotContain(DirectoryRegistry.InternalAgreementTitle, text);
        Assert.DoesNotContain(DirectoryRegistry.AgreementNote, text);
        Assert.DoesNotContain(DirectoryRegistry.OrganizationNote, text);
        Assert.DoesNotContain(DirectoryRegistry.QualityNote, text);
    }

    [Theory]
    [InlineData(DirectoryRegistry.InternalOnlyLocalName)]
    [InlineData(DirectoryRegistry.InternalOnlyName)]
    public async Task Searching_the_Japanese_directory_for_internal_names_finds_nothing_internal(string text)
    {
        var page = await registry.Client.GetPageAsync("/ja/partners?q=" + Uri.EscapeDataString(text));

        Assert.DoesNotContain("secret-pharma", page.Slugs());
        Assert.DoesNotContain("medicen-paris-region", page.Slugs());
    }

    [Theory]
    [InlineData("/ja/partners/secret-pharma")]
    [InlineData("/ja/partners/link-j")]
    public async Task Internal_only_organizations_and_the_home_organization_have_no_Japanese_profile(string url) =>
        await registry.Client.GetPageAsync(url, HttpStatusCode.NotFound);

    [Fact]
    public async Task A_Japanese_profile_lists_only_the_public_agreements_and_no_stated_dates()
    {
        var moc = await registry.Factory.WithDbAsync(db => db.Agreements.SingleAsync(a => a.Type == AgreementType.Moc && a.Visibility == Visibility.Public));
        var medicen = await registry.Client.GetPageAsync("/ja/partners/medicen-paris-region");
        var embassy = await registry.Client.GetPageAsync("/ja/partners/royal-danish-embassy-tokyo");

        Assert.Equal(["Mou"], medicen.QuerySelectorAll("article.agreement").Select(a => a.GetAttribute("data-type")!).ToArray());
        Assert.DoesNotContain(moc.EffectiveOnAsStated!, embassy.MainText());
        Assert.DoesNotContain("推定", embassy.MainText());
    }

    [Fact]
    public async Task The_Japanese_home_page_counts_the_same_public_figures_as_the_English_one()
    {
        var english = await registry.Client.GetPageAsync("/");
        var japanese = await registry.Client.GetPageAsync("/ja/");

        foreach (var figure in new[] { "partners", "countries", "in-force" })
        {
            Assert.Equal(english.QuerySelector($"[data-figure={figure}]")!.TextContent, japanese.QuerySelector($"[data-figure={figure}]")!.TextContent);
        }
    }
}
