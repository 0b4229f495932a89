using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Lifecycle;

/// <summary>Renewals, amendments, early termination and archive, through the real pages (issue 19).</summary>
public sealed class LifecyclePagesTests : IDisposable
{
    private const string MprKey = "medicen-paris-region-mou-2020";
    private const string DanishKey = "royal-danish-embassy-moc-2020";
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<int> IdOfAsync(string seedKey) => _factory.WithDbAsync(db => db.Agreements.Where(a => a.SeedKey == seedKey).Select(a => a.Id).SingleAsync());

    private static string Lifecycle(int id) => $"/admin/agreements/lifecycle/{id}";

    private static string Status(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.QuerySelector("[data-status]")!.GetAttribute("data-status")!;

    [Fact]
    public async Task Renew_prefills_the_form_from_the_agreement_and_saving_links_the_renewal_into_a_chain_shown_to_staff_and_public()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var mpr = await IdOfAsync(MprKey);

        var form = await admin.GetPageAsync($"/admin/agreements/create?renews={mpr}");
        Assert.Equal(mpr.ToString(System.Globalization.CultureInfo.InvariantCulture), ((IHtmlInputElement)form.QuerySelector("[name='Input.RenewsId']")!).Value);
        Assert.Equal("2025-02-05", ((IHtmlInputElement)form.QuerySelector("[name='Input.EffectiveOn']")!).Value);
        Assert.Equal("Medicen Paris Region", ((IHtmlInputElement)form.QuerySelector("[name='Input.Parties[1].Organization']")!).Value);
        Assert.Equal("5", ((IHtmlInputElement)form.QuerySelector("[name='Input.TermLength']")!).Value);

        var saved = await admin.PostFormAsync($"/admin/agreements/create?renews={mpr}", new() { ["Input.Title"] = "MOU renewal between LINK-J and Medicen Paris Region" }, "#agreement-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var renewal = await _factory.WithDbAsync(db => db.Agreements.SingleAsync(a => a.RenewsId == mpr));
        Assert.Equal(new DateOnly(2025, 2, 5), renewal.EffectiveOn);
        Assert.Equal(new DateOnly(2030, 2, 5), renewal.EndsOn);

        var staffPage = await admin.GetPageAsync($"/staff/agreements/{mpr}");
        Assert.Equal([mpr.ToString(System.Globalization.CultureInfo.InvariantCulture), renewal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            staffPage.QuerySelectorAll("#renewal-chain li").Select(li => li.GetAttribute("data-agreement")!));
        Assert.Equal("Ended", Status(staffPage, $"#renewal-chain li[data-agreement='{mpr}']"));
        Assert.Equal("Active", Status(staffPage, $"#renewal-chain li[data-agreement='{renewal.Id}']"));

        var profile = await _factory.CreateClient().GetPageAsync("/partners/medicen-paris-region");
        var chains = profile.QuerySelectorAll(".renewal-chain");
        Assert.Equal(2, chains.Length);
        Assert.All(chains, c => Assert.Equal(2, c.QuerySelectorAll("li").Length));

        // The partner's latest agreement is in force, so the directory lists it as in force whatever the old one says.
        var inForce = await _factory.CreateClient().GetPageAsync("/partners?status=InForce");
        Assert.Contains("medicen-paris-region", inForce.Slugs());

        // A second renewal of the same agreement is refused with a message, and nothing is saved.
        var again = await admin.PostFormAsync($"/admin/agreements/create?renews={mpr}", new() { ["Input.Title"] = "Another renewal", ["Input.EffectiveOn"] = "2025-03-01" }, "#agreement-form");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"Agreement {renewal.Id} already renews this one", (await again.ReadHtmlAsync()).QuerySelector(".validation-summary-errors, .alert-danger")!.TextContent);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Agreements.CountAsync(a => a.RenewsId == mpr)));

        // The renewed agreement is referenced now: it can be archived but not deleted.
        var delete = await admin.GetPageAsync($"/admin/agreements/delete/{mpr}");
        Assert.NotNull(delete.QuerySelector("#cannot-delete"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/admin/agreements/delete/{mpr}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = delete.AntiforgeryToken() }))).StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.Agreements.AnyAsync(a => a.Id == mpr)));
    }

    [Fact]
    public async Task An_extension_amendment_moves_the_end_date_and_the_staff_page_lists_it()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var danish = await IdOfAsync(DanishKey);

        var response = await admin.PostFormAsync(Lifecycle(danish), new()
        {
            ["Amendment.Kind"] = nameof(AmendmentKind.Extension),
            ["Amendment.MadeOn"] = "2023-10-01",
            ["Amendment.ExtendsTo"] = "2027-11-20",
            ["Amendment.Description"] = "Extended for four more years",
            ["Amendment.Reason"] = "Life-science week continues",
        }, "#amend-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.GetPageAsync($"/staff/agreements/{danish}");
        Assert.Contains("2027-11-20", page.QuerySelector("[data-field='ends']")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-field='extended']"));
        Assert.Equal(nameof(AmendmentKind.Extension), page.QuerySelector("#amendments tr[data-kind]")!.GetAttribute("data-kind"));
        Assert.Equal("Active", page.QuerySelector("h1 + p [data-status], p [data-status]")!.GetAttribute("data-status"));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Amendment)).CountAsync());
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task A_bad_amendment_gets_a_message_next_to_its_field_and_changes_nothing()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var danish = await IdOfAsync(DanishKey);

        var noDate = await admin.PostFormAsync(Lifecycle(danish), new() { ["Amendment.ExtendsTo"] = "", ["Amendment.Description"] = "Extended" }, "#amend-form");
        var beforeStart = await admin.PostFormAsync(Lifecycle(danish), new() { ["Amendment.Kind"] = "Scope", ["Amendment.MadeOn"] = "2019-01-01", ["Amendment.Description"] = "Scope" }, "#amend-form");
        var garbage = await admin.PostFormAsync(Lifecycle(danish), new() { ["Amendment.Kind"] = "Whatever", ["Amendment.MadeOn"] = "not a date", ["Amendment.Description"] = "" }, "#amend-form");

        Assert.Contains("An extension needs its new end date.", (await noDate.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Amendment.ExtendsTo']")!.TextContent);
        Assert.Contains("before the agreement took effect", (await beforeStart.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Amendment.MadeOn']")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Amendments.CountAsync()));
        Assert.Equal(new DateOnly(2023, 11, 20), await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == danish).Select(a => a.EndsOn).SingleAsync()));
    }

    [Fact]
    public async Task Terminating_an_agreement_makes_it_terminated_on_the_staff_pages_and_ended_in_the_directory()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var pistoia = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.SeedKey == "pistoia-alliance-matador-japan-2023").Select(a => a.Id).SingleAsync());
        var before = await _factory.CreateClient().GetPageAsync("/partners?status=Ended");
        Assert.DoesNotContain("matador-japan", before.Slugs());

        var response = await admin.PostFormAsync(Lifecycle(pistoia), new() { ["Termination.TerminatedOn"] = "2026-06-30", ["Termination.Reason"] = "The alliance closed its Japan programme" }, "#terminate-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await admin.GetPageAsync($"/staff/agreements/{pistoia}");
        Assert.NotNull(details.QuerySelector("#termination-notice"));
        var list = await admin.GetPageAsync("/staff/agreements?status=Terminated");
        Assert.Equal([pistoia.ToString(System.Globalization.CultureInfo.InvariantCulture)], list.QuerySelectorAll("#agreements tbody tr").Select(r => r.GetAttribute("data-agreement")!));
        Assert.Equal("Terminated", Status(list, "#agreements tbody tr"));
        var dashboard = await admin.GetPageAsync("/staff");
        Assert.Equal("1", dashboard.QuerySelector("[data-figure='terminated']")!.TextContent.Trim());
        var ended = await _factory.CreateClient().GetPageAsync("/partners?status=Ended");
        Assert.Contains("matador-japan", ended.Slugs());
        var profile = await _factory.CreateClient().GetPageAsync("/partners/matador-japan");
        Assert.Equal("Terminated", profile.QuerySelector("article.agreement [data-status]")!.GetAttribute("data-status"));

        // Recorded in advance, or before the effective date, or after the end: refused next to the field.
        var late = await admin.PostFormAsync(Lifecycle(await IdOfAsync(DanishKey)), new() { ["Termination.TerminatedOn"] = "2030-01-01", ["Termination.Reason"] = "x" }, "#terminate-form");
        Assert.Contains("not early", (await late.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Termination.TerminatedOn']")!.TextContent);
    }

    [Fact]
    public async Task Archiving_a_partner_takes_it_out_of_the_directory_and_the_default_lists_and_restoring_brings_it_back()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var danish = await IdOfAsync(DanishKey);
        var visitor = _factory.CreateClient();
        Assert.Contains("royal-danish-embassy-tokyo", (await visitor.GetPageAsync("/partners")).Slugs());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Lifecycle(danish), new(), "form[action*='handler=Archive']")).StatusCode);

        Assert.DoesNotContain("royal-danish-embassy-tokyo", (await visitor.GetPageAsync("/partners")).Slugs());
        await visitor.GetPageAsync("/partners/royal-danish-embassy-tokyo", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/api/v1/partners/royal-danish-embassy-tokyo")).StatusCode);
        var current = await admin.GetPageAsync("/staff/agreements");
        Assert.DoesNotContain(current.QuerySelectorAll("#agreements tbody tr"), r => r.GetAttribute("data-agreement") == danish.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A search by words alone is paged from the text indexes' ids; the archived agreement is not among them either.
        var byWords = await admin.GetPageAsync("/staff/agreements?q=Danish");
        Assert.DoesNotContain(byWords.QuerySelectorAll("#agreements tbody tr"), r => r.GetAttribute("data-agreement") == danish.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(byWords.QuerySelectorAll("#agreements tbody tr"));
        var archived = await admin.GetPageAsync("/staff/agreements?archived=true");
        Assert.Equal([danish.ToString(System.Globalization.CultureInfo.InvariantCulture)], archived.QuerySelectorAll("#agreements tbody tr").Select(r => r.GetAttribute("data-agreement")!));
        var details = await admin.GetPageAsync($"/staff/agreements/{danish}");
        Assert.NotNull(details.QuerySelector("#archived-notice"));

        var restore = details.QuerySelector("#archived-notice form") as IHtmlFormElement;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(restore!, $"/staff/agreements/{danish}", new())).StatusCode);

        Assert.Contains("royal-danish-embassy-tokyo", (await visitor.GetPageAsync("/partners")).Slugs());
        var steps = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Agreement) && e.EntityId == danish.ToString()).CountAsync());
        Assert.True(steps >= 2, $"Archive and restore are both in the audit trail ({steps} rows).");
    }

    [Fact]
    public async Task Archiving_an_organization_takes_it_out_of_the_directory_but_keeps_its_agreements()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var medicen = await _factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == "medicen-paris-region").Select(o => o.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/organizations/delete/{medicen}", new(), "form[action*='handler=Archive']")).StatusCode);

        Assert.DoesNotContain("medicen-paris-region", (await _factory.CreateClient().GetPageAsync("/partners")).Slugs());
        Assert.Contains(await IdOfAsync(MprKey), await _factory.WithDbAsync(db => db.Agreements.Select(a => a.Id).ToListAsync()));
        var orgs = await admin.GetPageAsync("/staff/organizations?archived=true");
        Assert.Contains("Medicen Paris Region", orgs.QuerySelector("main")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/organizations/delete/{medicen}", new(), "form[action*='handler=Restore']")).StatusCode);
        Assert.Contains("medicen-paris-region", (await _factory.CreateClient().GetPageAsync("/partners")).Slugs());
    }

    [Fact]
    public async Task Staff_who_are_not_admins_cannot_use_the_lifecycle_page_and_every_post_needs_its_antiforgery_token()
    {
        var staff = await _factory.SignedInAsync(Roles.Staff);
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var danish = await IdOfAsync(DanishKey);

        // Signed in without the role: sent to the access-denied page, as on every admin page.
        Assert.Contains("access-denied", (await staff.GetAsync(Lifecycle(danish))).Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("access-denied", (await staff.PostAsync(Lifecycle(danish) + "?handler=Archive", new FormUrlEncodedContent([]))).Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        var withoutToken = await admin.PostAsync(Lifecycle(danish) + "?handler=Archive", new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Null(await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == danish).Select(a => a.ArchivedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_change_made_by_another_admin_since_the_page_was_drawn_is_not_overwritten()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var danish = await IdOfAsync(DanishKey);
        var page = await admin.GetPageAsync(Lifecycle(danish));
        await _factory.WithDbAsync(async db =>
        {
            var agreement = await db.Agreements.SingleAsync(a => a.Id == danish);
            agreement.InternalNotes = "Edited meanwhile";
            await db.SaveChangesAsync();
        });

        var response = await admin.SubmitAsync((IHtmlFormElement)page.QuerySelector("form[action*='handler=Archive']")!, Lifecycle(danish), new());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Another admin changed this agreement", (await response.ReadHtmlAsync()).QuerySelector(".alert-danger")!.TextContent);
        Assert.Null(await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == danish).Select(a => a.ArchivedAt).SingleAsync()));
    }
}
