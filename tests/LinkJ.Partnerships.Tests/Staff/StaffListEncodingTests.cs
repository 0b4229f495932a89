using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>Names in the staff lists are written by code, not by Razor, so their encoding is tested here, list by list.</summary>
public sealed class StaffListEncodingTests
{
    private const string Name = "<img src=x onerror=alert(1)>Evil \"Corp\" & Co";
    private const string LocalName = "<script>alert(2)</script>悪い会社";

    [Fact]
    public async Task A_partner_with_markup_in_its_names_shows_as_text_in_every_staff_list()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        await factory.AddAgreementAsync("Ends soon with markup", new DateOnly(2023, 12, 24), Term.OfYears(3), Name, "JP", partnerLocalName: LocalName);
        var partnerId = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Name == Name).Select(o => o.Id).SingleAsync());
        var home = await factory.WithDbAsync(db => db.Organizations.Where(o => o.IsHome).Select(o => o.Id).SingleAsync());
        var client = await factory.SignedInAsync(Roles.Staff);

        foreach (var path in new[] { "/staff", "/staff/agreements", "/staff/agreements?q=Evil", $"/staff/organizations/{home}" })
        {
            var page = await client.GetPageAsync(path);

            Assert.Empty(page.QuerySelectorAll("[onerror]"));
            Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert"));
            var link = Assert.Single(page.QuerySelectorAll($"a[href='/staff/organizations/{partnerId}']").Where(a => a.Closest("main") is not null).Take(1));
            Assert.Equal(Name, link.TextContent);
            Assert.Contains(page.QuerySelectorAll("span[lang=ja]"), s => s.TextContent == LocalName);
        }
    }
}
