using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Partners;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>
/// The world map at /partners/map: the directory's partners per country, shaded and linked to the directory filtered
/// by that country, with a table of the same numbers. With the directory registry: Japan 2 (Matador, Osaka; the
/// internal-only Secret Pharma is not counted), Denmark 1, France 1, Switzerland 1.
/// </summary>
[Collection(DirectoryCollection.Name)]
public sealed class MapTests(DirectoryRegistry registry)
{
    private const string MapUrl = "/partners/map";

    [Theory]
    [InlineData("JP", 2)]
    [InlineData("DK", 1)]
    [InlineData("FR", 1)]
    [InlineData("CH", 1)]
    public async Task Each_country_with_listed_partners_is_shaded_and_links_to_the_directory_filtered_by_it(string code, int partners)
    {
        var page = await registry.Client.GetPageAsync(MapUrl);

        var link = page.QuerySelector($"svg a[data-country={code}]")!;
        Assert.Equal($"/partners?country={code}", link.GetAttribute("href"));
        Assert.Equal(partners.ToString(System.Globalization.CultureInfo.InvariantCulture), link.GetAttribute("data-partners"));
        Assert.Contains(Countries.NameOf(code), link.GetAttribute("aria-label"));
        Assert.Equal(link.GetAttribute("aria-label"), link.QuerySelector("title")!.TextContent);
        Assert.Equal(MapShading.For(partners).Fill, link.QuerySelector("path")!.GetAttribute("fill"));
    }

    [Fact]
    public async Task Countries_without_a_listed_partner_are_neither_linked_nor_listed()
    {
        var page = await registry.Client.GetPageAsync(MapUrl);

        Assert.Equal(["CH", "DK", "FR", "JP"], page.QuerySelectorAll("svg a").Select(a => a.GetAttribute("data-country")!).Order());
        Assert.Null(page.QuerySelector("svg a[data-country=US]"));
        Assert.DoesNotContain("secret-pharma", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain(DirectoryRegistry.InternalOnlyName, page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task The_table_gives_each_country_the_number_of_partners_the_directory_lists_for_it()
    {
        var page = await registry.Client.GetPageAsync(MapUrl);

        var rows = page.QuerySelectorAll("table.map-table tbody tr");
        Assert.Equal(4, rows.Length);
        foreach (var row in rows)
        {
            var code = row.GetAttribute("data-country")!;
            var link = row.QuerySelector("a")!.GetAttribute("href")!;
            var directory = await registry.Client.GetPageAsync(link);
            Assert.Equal($"/partners?country={code}", link);
            Assert.Equal(directory.Slugs().Count.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("td[data-partners]")!.TextContent);
            Assert.Equal(Countries.NameOf(code), row.QuerySelector("th[scope=row]")!.TextContent);
        }

        Assert.Equal(rows.Length, page.QuerySelectorAll("svg a").Length);
    }

    [Theory]
    [InlineData("DK")]
    [InlineData("CH")]
    public async Task Small_countries_get_a_marker_inside_their_link(string code)
    {
        var page = await registry.Client.GetPageAsync(MapUrl);

        Assert.NotNull(page.QuerySelector($"svg a[data-country={code}] circle.map-marker"));
        Assert.Null(page.QuerySelector("svg a[data-country=FR] circle"));
    }

    [Fact]
    public async Task The_map_has_a_title_a_description_named_links_and_one_h1()
    {
        var page = await registry.Client.GetPageAsync(MapUrl);

        Assert.StartsWith("Partners by country", page.Title);
        Assert.EndsWith(MapUrl, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("header nav"));
        Assert.NotNull(page.QuerySelector("footer"));
        var svg = page.QuerySelector("main svg[aria-labelledby]")!;
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(svg.GetAttribute("aria-describedby")!)!.TextContent));
        Assert.All(page.QuerySelectorAll("main a"), a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label") ?? a.TextContent)));
        Assert.NotNull(page.QuerySelector("table.map-table caption"));
        Assert.Equal(3, page.QuerySelectorAll("table.map-table thead th[scope=col]").Length);
    }

    [Fact]
    public async Task The_directory_links_to_the_map()
    {
        var page = await registry.Client.GetPageAsync("/partners");

        Assert.NotNull(page.QuerySelector($"main a[href='{MapUrl}']"));
    }

    [Theory]
    [InlineData("JP")]
    [InlineData("FR")]
    [InlineData("DK")]
    [InlineData("US")]
    [InlineData("CH")]
    public void The_converted_shapes_hold_a_path_for_the_country(string code)
    {
        Assert.True(WorldMap.Instance.Shapes.TryGetValue(code, out var path));
        Assert.StartsWith("M", path);
    }

    [Theory]
    [InlineData("SG")]
    [InlineData("LU")]
    [InlineData("DK")]
    public void Small_countries_and_city_states_have_a_marker_point_on_the_map(string code)
    {
        var map = WorldMap.Instance;

        Assert.True(map.Markers.TryGetValue(code, out var point));
        Assert.InRange(point.X, 0, map.Width);
        Assert.InRange(point.Y, 0, map.Height);
    }
}

/// <summary>The map with its own registry, where the test may write and the cache starts empty.</summary>
public sealed class MapCacheTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_map_is_anonymous_and_a_repeat_visit_comes_from_the_cache()
    {
        var visitor = _factory.CreateBrowser();

        var first = await visitor.GetAsync("/partners/map");
        var second = await visitor.GetAsync("/partners/map");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Age"));
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Contains("Age"));
    }

    [Fact]
    public async Task A_country_whose_only_partner_is_internal_is_not_shaded_or_counted()
    {
        await _factory.WithDbAsync(async db =>
        {
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            var hidden = DirectoryRegistry.Organization("Hidden Biotech Ltda", OrganizationKind.Company, "hidden-biotech", "BR", null);
            var agreement = DirectoryRegistry.Add(db, new Agreement(AgreementType.Mou, "Internal talks", new(2025, 2, 1), Term.OfYears(2)), home, hidden);
            agreement.Visibility = Visibility.Internal;
            await db.SaveChangesAsync();
        });

        var page = await _factory.CreateClient().GetPageAsync("/partners/map");

        Assert.Null(page.QuerySelector("svg a[data-country=BR]"));
        Assert.Null(page.QuerySelector("table.map-table tr[data-country=BR]"));
        Assert.NotNull(page.QuerySelector("svg a[data-country=DK]"));
        Assert.DoesNotContain("Hidden Biotech", page.DocumentElement.OuterHtml);
    }
}
