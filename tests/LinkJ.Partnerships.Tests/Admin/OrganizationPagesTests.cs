using System.Net.Http.Json;
using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Admin;

public sealed class OrganizationPagesTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_list_is_paged_and_finds_an_organization_by_any_of_its_names()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        await _factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.Organizations.Add(new Organization($"Listed Company {i:00}", OrganizationKind.Company, $"listed-company-{i:00}"));
            }

            db.Organizations.Add(new Organization("Tsukuba Cell Works", OrganizationKind.Company, "tsukuba-cell-works") { LocalName = "筑波セルワークス" });
            await db.SaveChangesAsync();
        });

        var first = await admin.GetPageAsync("/admin/organizations");
        var second = await admin.GetPageAsync("/admin/organizations?page=2");
        var found = await admin.GetPageAsync("/admin/organizations?q=" + Uri.EscapeDataString("セルワーク"));

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        Assert.NotEmpty(second.QuerySelectorAll("tbody tr"));
        Assert.Equal(["Tsukuba Cell Works"], found.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList());
        Assert.Equal("1 organization", found.QuerySelector("#result-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task With_a_large_registry_the_parent_is_typed_by_name_and_an_unknown_name_is_refused_beside_the_field()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        await TooManyToList.AddOrganizationsAsync(_factory, "Parent Candidate");

        var form = await admin.GetPageAsync("/admin/organizations/create");
        Assert.Null(form.QuerySelector("select[name='Input.ParentId']"));
        Assert.NotNull(form.QuerySelector("input[name='Input.ParentName'][list=parent-names]"));
        var lookup = form.QuerySelector("datalist#parent-names")!.GetAttribute("data-lookup")!;
        Assert.Equal(["Parent Candidate 042"], await admin.GetFromJsonAsync<List<string>>(lookup + "&q=candidate+042"));

        var refused = await admin.PostFormAsync("/admin/organizations/create", new() { ["Input.Name"] = "Child Unit", ["Input.Kind"] = "Company", ["Input.ParentName"] = "No Such Parent" });
        var refusedPage = FormPosting.ParseHtml(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose a parent organization from the list.", refusedPage.QuerySelector("[data-valmsg-for='Input.ParentName']")!.TextContent);
        Assert.Equal("No Such Parent", ((IHtmlInputElement)refusedPage.QuerySelector("input[name='Input.ParentName']")!).Value);

        var saved = await admin.PostFormAsync("/admin/organizations/create", new() { ["Input.Name"] = "Child Unit", ["Input.Kind"] = "Company", ["Input.ParentName"] = " parent candidate 042 " });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var child = await _factory.WithDbAsync(db => db.Organizations.AsNoTracking().Include(o => o.Parent).SingleAsync(o => o.Name == "Child Unit"));
        Assert.Equal("Parent Candidate 042", child.Parent!.Name);
        var edit = await admin.GetPageAsync($"/admin/organizations/edit/{child.Id}");
        Assert.Equal("Parent Candidate 042", ((IHtmlInputElement)edit.QuerySelector("input[name='Input.ParentName']")!).Value);
    }

    [Fact]
    public async Task Creating_an_organization_with_every_field_stores_it_and_records_who_did_it()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var parentId = await IdOfAsync("ministry-of-foreign-affairs-of-denmark");

        var response = await admin.PostFormAsync("/admin/organizations/create", new()
        {
            ["Input.Name"] = "  BioCluster   Aarhus ",
            ["Input.ShortName"] = "BCA",
            ["Input.LocalName"] = "バイオクラスター",
            ["Input.Kind"] = "IndustryCluster",
            ["Input.CountryCode"] = "dk",
            ["Input.City"] = "Aarhus",
            ["Input.Website"] = "https://biocluster.example.dk/",
            ["Input.Description"] = "A cluster.",
            ["Input.FoundedOn"] = "2010-05-01",
            ["Input.MemberCount"] = "120",
            ["Input.ParentId"] = parentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Slug"] = "",
            ["Input.InternalNotes"] = "Met at BIO 2026.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/organizations", response.Headers.Location?.OriginalString);
        var saved = await _factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Slug == "biocluster-aarhus"));
        Assert.Equal(("BioCluster Aarhus", "BCA", "バイオクラスター", OrganizationKind.IndustryCluster, "DK", "Aarhus"), (saved.Name, saved.ShortName, saved.LocalName, saved.Kind, saved.CountryCode, saved.City));
        Assert.Equal(("https://biocluster.example.dk/", "A cluster.", new DateOnly(2010, 5, 1), 120, parentId, "Met at BIO 2026."), (saved.Website, saved.Description, saved.FoundedOn, saved.MemberCount, saved.ParentId, saved.InternalNotes));
        var listing = await admin.GetPageAsync("/admin/organizations");
        Assert.Contains("Created BioCluster Aarhus.", listing.QuerySelector("[role=status]")?.TextContent);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "Organization" && a.EntityId == saved.Id.ToString()));
        Assert.Equal(AuditAction.Created, audit.Action);
        Assert.StartsWith("admin-", audit.UserName);
        Assert.Contains("\"field\":\"Name\",\"old\":null,\"new\":\"BioCluster Aarhus\"", audit.Changes);
    }

    [Theory]
    [InlineData("Input.Name", "", "must not be empty")]
    [InlineData("Input.Name", "x", "must be 200 characters or fewer", 201)]
    [InlineData("Input.ShortName", "x", "must be 50 characters or fewer", 51)]
    [InlineData("Input.Website", "ftp://example.org", "http:// or https://")]
    [InlineData("Input.Website", "example.org", "http:// or https://")]
    [InlineData("Input.CountryCode", "XX", "ISO 3166-1")]
    [InlineData("Input.FoundedOn", "1899-12-31", "between 1900 and 2100")]
    [InlineData("Input.FoundedOn", "not a date", "not valid")]
    [InlineData("Input.MemberCount", "-1", "must be between 0")]
    [InlineData("Input.Slug", "Not A Slug", "lower-case letters")]
    [InlineData("Input.Slug", "link-j", "already uses this slug")]
    [InlineData("Input.Slug", "map", "taken by a page of the directory")]
    public async Task An_invalid_field_shows_its_message_beside_it_and_saves_nothing(string field, string value, string message, int repeat = 1)
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var before = await _factory.WithDbAsync(db => db.Organizations.CountAsync());
        var fields = new Dictionary<string, string> { ["Input.Name"] = "Valid Name Institute", ["Input.Kind"] = "University" };
        fields[field] = string.Concat(Enumerable.Repeat(value, repeat));

        var response = await admin.PostFormAsync("/admin/organizations/create", fields);

        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
        var page = await response.ReadHtmlAsync();
        var error = page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? string.Empty;
        Assert.Contains(message, error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(fields[field], (page.QuerySelector($"[name='{field}']") as IHtmlInputElement)?.Value ?? fields[field]);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task A_name_that_exists_apart_from_case_and_spaces_is_refused_and_the_existing_one_offered()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var existing = await IdOfAsync("medicen-paris-region");

        var response = await admin.PostFormAsync("/admin/organizations/create", new() { ["Input.Name"] = "  medicen   PARIS region ", ["Input.Slug"] = "another-slug" });

        var page = await response.ReadHtmlAsync();
        Assert.Contains("already exists", page.QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent);
        Assert.Equal($"/admin/organizations/edit/{existing}", page.QuerySelector("[data-same-name] a")?.GetAttribute("href"));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Organizations.CountAsync(o => o.NormalizedName == "MEDICEN PARIS REGION")));
    }

    [Fact]
    public async Task Editing_changes_the_fields_and_the_audit_row_holds_old_and_new_values()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await IdOfAsync("pistoia-alliance");

        var response = await admin.PostFormAsync($"/admin/organizations/edit/{id}", new() { ["Input.City"] = "Boston", ["Input.CountryCode"] = "US" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await _factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal(("Boston", "US", 2), (saved.City, saved.CountryCode, saved.Version));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Organization" && a.Action == AuditAction.Updated).SingleAsync());
        Assert.Contains("{\"field\":\"City\",\"old\":null,\"new\":\"Boston\"}", audit.Changes);
        Assert.Contains("{\"field\":\"CountryCode\",\"old\":null,\"new\":\"US\"}", audit.Changes);
    }

    [Fact]
    public async Task A_second_editor_sees_the_conflict_keeps_their_input_and_overwrites_nothing()
    {
        var first = await _factory.SignedInAsync(Roles.Admin);
        var second = await _factory.SignedInAsync(Roles.Admin);
        var id = await IdOfAsync("pistoia-alliance");
        var url = $"/admin/organizations/edit/{id}";
        var firstForm = (IHtmlFormElement)(await first.GetPageAsync(url)).QuerySelector("main form")!;
        var secondForm = (IHtmlFormElement)(await second.GetPageAsync(url)).QuerySelector("main form")!;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, url, new() { ["Input.City"] = "London" })).StatusCode);
        var refused = await second.SubmitAsync(secondForm, url, new() { ["Input.City"] = "Basel", ["Input.Description"] = "Mine." });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        var conflict = page.QuerySelector("[data-conflict]")!.TextContent;
        Assert.Contains("London", conflict);
        Assert.Contains("Basel", conflict);
        Assert.Equal("Basel", ((IHtmlInputElement)page.QuerySelector("[name='Input.City']")!).Value);
        Assert.Equal("Mine.", ((IHtmlTextAreaElement)page.QuerySelector("[name='Input.Description']")!).Value);
        Assert.Equal("London", await _factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.City).SingleAsync()));

        // Saving again after seeing the conflict is deliberate, and applies the second editor's version.
        var again = await second.SubmitAsync((IHtmlFormElement)page.QuerySelector("main form")!, url, []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Basel", await _factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.City).SingleAsync()));
    }

    [Fact]
    public async Task Posted_ids_and_timestamps_change_nothing()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await IdOfAsync("pistoia-alliance");
        var other = await IdOfAsync("medicen-paris-region");

        await admin.PostFormAsync($"/admin/organizations/edit/{id}", new() { ["Input.Id"] = other.ToString(), ["Id"] = other.ToString(), ["Input.CreatedAt"] = "2000-01-01", ["Input.IsHome"] = "true", ["Input.City"] = "Geneva" });

        var rows = await _factory.WithDbAsync(db => db.Organizations.AsNoTracking().Where(o => o.Id == id || o.Id == other).ToListAsync());
        Assert.Equal("Geneva", rows.Single(o => o.Id == id).City);
        Assert.Equal("Paris", rows.Single(o => o.Id == other).City);
        Assert.False(rows.Single(o => o.Id == id).IsHome);
        Assert.NotEqual(2000, rows.Single(o => o.Id == id).CreatedAt.Year);
    }

    [Fact]
    public async Task An_organization_that_is_party_to_an_agreement_cannot_be_deleted_and_the_page_links_its_agreements()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await IdOfAsync("medicen-paris-region");
        var agreementId = await _factory.WithDbAsync(db => db.AgreementParties.Where(p => p.OrganizationId == id).Select(p => p.AgreementId).FirstAsync());

        var page = await admin.GetPageAsync($"/admin/organizations/delete/{id}");
        Assert.Contains("party to these agreements", page.QuerySelector("[data-delete-refused]")?.TextContent);
        Assert.NotNull(page.QuerySelector($"[data-delete-refused] a[href='/admin/agreements/edit/{agreementId}']"));

        var token = page.AntiforgeryToken();
        var response = await admin.PostAsync($"/admin/organizations/delete/{id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Id == id)));
    }

    [Fact]
    public async Task Deleting_an_unused_organization_goes_through_confirmation_and_is_audited()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        await admin.PostFormAsync("/admin/organizations/create", new() { ["Input.Name"] = "Short Lived Ltd", ["Input.Kind"] = "Company" });
        var id = await IdOfAsync("short-lived-ltd");

        var response = await admin.PostFormAsync($"/admin/organizations/delete/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Id == id)));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Organization" && a.EntityId == id.ToString() && a.Action == AuditAction.Deleted)));
    }

    private Task<int> IdOfAsync(string slug) =>
        _factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());
}
