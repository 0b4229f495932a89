using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>
/// With the output cache off, profiles come from the <c>ProfileReadModel</c>, which keeps each profile once read.
/// Each test reads a profile first, so it is kept before the write, and then checks the very next request sees the write.
/// </summary>
public sealed class ProfileReadModelTests : IDisposable
{
    private const string Medicen = "/partners/medicen-paris-region";
    private const string Embassy = "/partners/royal-danish-embassy-tokyo";
    private const string SeededMouTitle = "MOU on mutual cooperation between LINK-J and Medicen Paris Region";
    private readonly RegistryFactory _factory = new();

    public ProfileReadModelTests() => _factory.Settings["OutputCache:Enabled"] = "false";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_admins_edit_of_an_agreement_is_on_the_very_next_profile()
    {
        var visitor = _factory.CreateBrowser();
        Assert.Contains(SeededMouTitle, (await visitor.GetPageAsync(Medicen)).QuerySelector("article.agreement h3")!.TextContent);
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Title == SeededMouTitle).Select(a => a.Id).SingleAsync());
        var url = $"/admin/agreements/edit/{id}";
        var form = (IHtmlFormElement)(await admin.GetPageAsync(url)).QuerySelector("#agreement-form")!;

        var saved = await admin.SubmitAsync(form, url, new() { ["Input.Title"] = "MOU between LINK-J and Medicen, renamed", ["Input.Summary"] = "A summary written today." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var agreement = (await visitor.GetPageAsync(Medicen)).QuerySelector("article.agreement")!;
        Assert.Contains("MOU between LINK-J and Medicen, renamed", agreement.QuerySelector("h3")!.TextContent);
        Assert.Contains("A summary written today.", agreement.TextContent);
        Assert.DoesNotContain(SeededMouTitle, agreement.TextContent);
    }

    [Fact]
    public async Task An_agreement_made_internal_leaves_the_profile_at_once_while_the_partner_stays_listed()
    {
        var visitor = _factory.CreateBrowser();
        const string title = "Second MOU with Medicen, soon internal";
        await _factory.WithDbAsync(async db =>
        {
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            var medicen = await db.Organizations.SingleAsync(o => o.Slug == "medicen-paris-region");
            var agreement = new Agreement(AgreementType.Mou, title, RegistryFactory.DefaultToday.AddDays(-30), Term.OfYears(3)) { Visibility = Visibility.Public };
            agreement.AddParty(home);
            agreement.AddParty(medicen);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
        });
        var before = await visitor.GetPageAsync(Medicen);
        Assert.Equal(2, before.QuerySelectorAll("article.agreement").Length);
        Assert.Contains(title, before.QuerySelector("article.agreement h3")!.TextContent);

        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
        var url = $"/admin/agreements/edit/{id}";
        var form = (IHtmlFormElement)(await admin.GetPageAsync(url)).QuerySelector("#agreement-form")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(form, url, new() { ["Input.Visibility"] = "Internal" })).StatusCode);

        var after = await visitor.GetPageAsync(Medicen);
        Assert.Equal(["Mou"], after.QuerySelectorAll("article.agreement").Select(a => a.GetAttribute("data-type")!).ToArray());
        Assert.Equal("1", after.QuerySelector("#agreements-heading .badge")!.TextContent);
        Assert.DoesNotContain(title, after.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task New_parties_are_in_the_next_profile_by_name_and_linked_once_they_are_listed()
    {
        var visitor = _factory.CreateBrowser();
        var before = await visitor.GetPageAsync(Embassy);
        Assert.Null(before.QuerySelector("[data-parent] a"));

        // Added out of name order and out of id order; the ministry (the embassy's parent) had no public agreement until now.
        await _factory.WithDbAsync(async db =>
        {
            var moc = await db.Agreements.Include(a => a.Parties).SingleAsync(a => a.Type == AgreementType.Moc && a.Visibility == Visibility.Public);
            foreach (var slug in new[] { "pistoia-alliance", "matador-japan", "ministry-of-foreign-affairs-of-denmark" })
            {
                moc.AddParty(await db.Organizations.SingleAsync(o => o.Slug == slug));
            }

            await db.SaveChangesAsync();
        });

        var after = await visitor.GetPageAsync(Embassy);
        // Each name without its local name in brackets.
        var others = after.QuerySelectorAll("article.agreement .other-parties li").Select(li => li.TextContent.Split('(')[0].Trim()).ToArray();
        Assert.Equal(["Life Science Innovation Network Japan", "Matador Japan KK", "Ministry of Foreign Affairs of Denmark", "The Pistoia Alliance"], others);
        Assert.Equal(
            ["/partners/matador-japan", "/partners/ministry-of-foreign-affairs-of-denmark", "/partners/pistoia-alliance"],
            after.QuerySelectorAll("article.agreement .other-parties a").Select(a => a.GetAttribute("href")!).ToArray());
        Assert.Equal("/partners/ministry-of-foreign-affairs-of-denmark", after.QuerySelector("[data-parent] a")!.GetAttribute("href"));
        Assert.Equal(2, (await visitor.GetPageAsync("/partners/pistoia-alliance")).QuerySelectorAll("article.agreement").Length);
    }
}
