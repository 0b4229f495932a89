using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Import;

/// <summary>A release that names two organizations the registry does not know: each can be added, not only the first.</summary>
public sealed class ImportProposalsTests : IDisposable
{
    private const string ImportUrl = "/admin/agreements/import";

    private const string Release = """
        LINK-J Concludes a Three-Way MOU on Regenerative Medicine

        Aurora Biotech Inc. (location: Boston, USA) has concluded a Memorandum of Understanding with Nordwind Klinik GmbH (location: Hamburg, Germany), with the support of LINK-J. The MOU became effective on April 1, 2024.
        """;

    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_proposed_organization_can_be_put_in_the_new_organization_fields_and_the_next_one_follows_an_added_one()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var page = await (await admin.PostFormAsync(ImportUrl, new() { ["Release.Text"] = Release }, "form#release-form")).ReadHtmlAsync();
        Assert.Equal(2, page.QuerySelectorAll("[data-proposed]").Length);
        Assert.Equal("Aurora Biotech Inc.", NewName(page));

        var second = await (await PressAsync(admin, page, "[data-proposed='1'] button")).ReadHtmlAsync();
        Assert.Equal("Nordwind Klinik GmbH", NewName(second));
        Assert.Equal("DE", ((IHtmlSelectElement)second.QuerySelector("[name='NewOrganization.CountryCode']")!).Value);

        var afterFirst = await (await PressAsync(admin, page, "button[formaction*='handler=AddOrganization']")).ReadHtmlAsync();
        Assert.Equal("Nordwind Klinik GmbH", NewName(afterFirst));
        var afterBoth = await (await PressAsync(admin, afterFirst, "button[formaction*='handler=AddOrganization']")).ReadHtmlAsync();
        Assert.Equal(string.Empty, NewName(afterBoth));
        Assert.Empty(afterBoth.QuerySelectorAll("[data-proposed]"));

        var added = await _factory.WithDbAsync(db => db.Organizations.Where(o => o.Name == "Aurora Biotech Inc." || o.Name == "Nordwind Klinik GmbH").CountAsync());
        Assert.Equal(2, added);
        var parties = afterBoth.QuerySelectorAll("[name^='Input.Parties['][name$='].Organization']").Select(e => ((IHtmlInputElement)e).Value).Where(v => v.Length > 0).ToList();
        Assert.Contains("Aurora Biotech Inc.", parties);
        Assert.Contains("Nordwind Klinik GmbH", parties);
    }

    private static string NewName(IHtmlDocument page) => ((IHtmlInputElement)page.QuerySelector("[name='NewOrganization.Name']")!).Value;

    /// <summary>Posts the agreement form as the given button would: to the button's own address.</summary>
    private static async Task<HttpResponseMessage> PressAsync(HttpClient admin, IHtmlDocument page, string button)
    {
        var form = (IHtmlFormElement)page.QuerySelector("form#agreement-form")!;
        form.SetAttribute("action", page.QuerySelector(button)!.GetAttribute("formaction")!);
        var response = await admin.SubmitAsync(form, ImportUrl, []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
