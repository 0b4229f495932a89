using System.Net;
using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>
/// With the output cache off, directory pages come from the in-memory read model. It must follow every committed
/// write at once, like the cache does.
/// </summary>
public sealed class DirectoryReadModelTests : IDisposable
{
    private const string ListedSlug = "medicen-paris-region";
    private readonly RegistryFactory _factory = new();

    public DirectoryReadModelTests() => _factory.Settings["OutputCache:Enabled"] = "false";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_admins_rename_is_in_the_very_next_directory_page()
    {
        var visitor = _factory.CreateBrowser();
        var listed = await _factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Slug == ListedSlug));
        Assert.Contains(listed.Name, await visitor.GetStringAsync("/partners"));
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var saved = await admin.PostFormAsync($"/admin/organizations/edit/{listed.Id}", new() { ["Input.Name"] = "Renamed Paris Cluster" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await visitor.GetStringAsync("/partners");
        Assert.Contains("Renamed Paris Cluster", page);
        Assert.DoesNotContain(listed.Name, page);
    }

    [Fact]
    public async Task A_partner_whose_agreements_become_internal_leaves_the_directory_and_its_profile_at_once()
    {
        var visitor = _factory.CreateBrowser();
        Assert.Contains($"/partners/{ListedSlug}", await visitor.GetStringAsync("/partners"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/partners/{ListedSlug}")).StatusCode);

        await _factory.WithDbAsync(async db =>
        {
            var agreements = await db.Agreements.Where(a => a.Parties.Any(p => p.Organization.Slug == ListedSlug)).ToListAsync();
            agreements.ForEach(a => a.Visibility = Visibility.Internal);
            await db.SaveChangesAsync();
        });

        Assert.DoesNotContain($"/partners/{ListedSlug}", await visitor.GetStringAsync("/partners"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/partners/{ListedSlug}")).StatusCode);
    }

    [Fact]
    public async Task A_listed_partner_in_a_new_country_adds_the_country_to_the_filter_at_once()
    {
        var visitor = _factory.CreateBrowser();
        static string[] Countries(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("select[name=country] option").Select(o => o.GetAttribute("value")!).ToArray();
        Assert.DoesNotContain("NZ", Countries(await visitor.GetPageAsync("/partners")));

        await AddPublicPartnerAsync("Wellington Life Sciences", "wellington-life-sciences", "NZ", "Wellington", AgreementType.Mou);

        var page = await visitor.GetPageAsync("/partners");
        Assert.Contains("NZ", Countries(page));
        Assert.Null(page.QuerySelector("select[name=country] option[selected]"));
        var filtered = await visitor.GetPageAsync("/partners?country=NZ");
        Assert.Equal("NZ", filtered.QuerySelector("select[name=country] option[selected]")!.GetAttribute("value"));
        Assert.Equal(["wellington-life-sciences"], filtered.Slugs());
    }

    [Fact]
    public async Task A_new_public_agreement_brings_its_partner_into_the_directory_with_its_status_and_type()
    {
        var visitor = _factory.CreateBrowser();
        await visitor.GetStringAsync("/partners");

        await AddPublicPartnerAsync("Read Model Cluster", "read-model-cluster", "NO", "Oslo", AgreementType.Moc);

        var page = await visitor.GetPageAsync("/partners?country=NO&status=in-force&type=Moc");
        Assert.Equal(["read-model-cluster"], page.Slugs());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/partners/read-model-cluster")).StatusCode);
    }

    /// <summary>A new cluster with one public agreement with the home organization, in force since ten days ago.</summary>
    private Task AddPublicPartnerAsync(string name, string slug, string country, string city, AgreementType type) =>
        _factory.WithDbAsync(async db =>
        {
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            var partner = new Organization(name, OrganizationKind.IndustryCluster, slug);
            partner.LocateIn(country, city);
            var agreement = new Agreement(type, $"Cooperation with {name}", RegistryFactory.DefaultToday.AddDays(-10), Term.OfYears(2))
            {
                Visibility = Visibility.Public,
            };
            agreement.AddParty(home);
            agreement.AddParty(partner);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
        });
}
