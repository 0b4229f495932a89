using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>Internal agreements, staff notes and internal-only organizations never reach an anonymous visitor.</summary>
[Collection(DirectoryCollection.Name)]
public sealed class NeverPublicTests(DirectoryRegistry registry)
{
    public static TheoryData<string> PublicPages =>
    [
        "/",
        "/partners",
        "/partners?size=100",
        "/partners?q=Confidential",
        "/partners?q=Secret",
        "/partners/medicen-paris-region",
        "/partners/royal-danish-embassy-tokyo",
        "/partners/osaka-university",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task No_public_page_shows_internal_agreements_notes_or_internal_only_partners(string url)
    {
        var text = (await registry.Client.GetPageAsync(url)).DocumentElement.OuterHtml;

        Assert.DoesNotContain(DirectoryRegistry.InternalOnlyName, text);
        Assert.DoesNotContain(DirectoryRegistry.InternalOnlyLocalName[..2], text);
        Assert.DoesNotContain("secret-pharma", text);
        Assert.DoesNotContain("Confidential licensing", text);
        Assert.DoesNotContain(DirectoryRegistry.InternalAgreementTitle, text);
        Assert.DoesNotContain(DirectoryRegistry.AgreementNote, text);
        Assert.DoesNotContain(DirectoryRegistry.OrganizationNote, text);
        Assert.DoesNotContain(DirectoryRegistry.QualityNote, text);
    }

    [Fact]
    public async Task An_organization_whose_agreements_are_all_internal_has_no_profile()
    {
        await registry.Client.GetPageAsync("/partners/secret-pharma", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(DirectoryRegistry.InternalOnlyLocalName)]
    [InlineData(DirectoryRegistry.InternalOnlyName)]
    [InlineData("Confidential")]
    public async Task Searching_for_internal_names_or_titles_finds_nothing_internal(string text)
    {
        var page = await registry.Client.GetPageAsync("/partners?q=" + Uri.EscapeDataString(text));

        Assert.DoesNotContain("secret-pharma", page.Slugs());
        Assert.DoesNotContain("medicen-paris-region", page.Slugs());
    }

    [Fact]
    public async Task Filtering_by_the_type_of_an_internal_agreement_does_not_reveal_it()
    {
        // Medicen's only MOC is internal, and Secret Pharma's only agreement is an internal MOU.
        var mocs = await registry.Client.GetPageAsync("/partners?type=Moc");
        var japan = await registry.Client.GetPageAsync("/partners?country=JP&status=in-force");

        Assert.Equal(["royal-danish-embassy-tokyo"], mocs.Slugs());
        Assert.DoesNotContain("secret-pharma", japan.Slugs());
    }

    [Fact]
    public async Task The_home_organization_is_not_listed_and_has_no_public_profile()
    {
        var directory = await registry.Client.GetPageAsync("/partners?size=100");

        Assert.DoesNotContain("link-j", directory.Slugs());
        await registry.Client.GetPageAsync("/partners/link-j", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_profile_lists_only_the_public_agreements()
    {
        var page = await registry.Client.GetPageAsync("/partners/medicen-paris-region");

        Assert.Equal(["Mou"], page.QuerySelectorAll("article.agreement").Select(a => a.GetAttribute("data-type")!).ToArray());
    }

    [Fact]
    public async Task The_stated_and_inferred_dates_that_only_staff_see_stay_off_the_profile()
    {
        var moc = await registry.Factory.WithDbAsync(db => db.Agreements.SingleAsync(a => a.Type == AgreementType.Moc && a.Visibility == Visibility.Public));
        Assert.NotNull(moc.EffectiveOnAsStated);

        var text = (await registry.Client.GetPageAsync("/partners/royal-danish-embassy-tokyo")).MainText();

        Assert.DoesNotContain(moc.EffectiveOnAsStated!, text);
        Assert.DoesNotContain("inferred", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_home_page_figures_count_only_public_partners_and_agreements()
    {
        var page = await registry.Client.GetPageAsync("/");

        // Six listed partners in Denmark, France, Japan and Switzerland; in force today: Pistoia–Matador and Osaka.
        Assert.Equal("6", page.QuerySelector("[data-figure=partners]")!.TextContent);
        Assert.Equal("4", page.QuerySelector("[data-figure=countries]")!.TextContent);
        Assert.Equal("2", page.QuerySelector("[data-figure=in-force]")!.TextContent);
    }
}
