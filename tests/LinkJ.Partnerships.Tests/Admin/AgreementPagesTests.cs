using System.Net.Http.Json;
using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Admin;

public sealed class AgreementPagesTests : IDisposable
{
    private const string CreateUrl = "/admin/agreements/create";
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_agreement_starts_with_the_home_organization_as_a_party()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var page = await admin.GetPageAsync(CreateUrl);

        Assert.Equal(AgreementForms.Home, ((IHtmlInputElement)page.QuerySelector("[name='Input.Parties[0].Organization']")!).Value);
        Assert.NotNull(page.QuerySelector($"datalist#organization-names option[value='{AgreementForms.Medicen}']"));
    }

    [Fact]
    public async Task The_admin_agreement_list_finds_every_word_in_any_order_in_titles_parties_and_people()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var byWords = await admin.GetPageAsync("/admin/agreements?q=symposia%20embassy");
        var bySignatory = await admin.GetPageAsync("/admin/agreements?q=Soyama");
        var nothing = await admin.GetPageAsync("/admin/agreements?q=symposia%20medicen");

        static IEnumerable<string> Titles(IHtmlDocument page) =>
            page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent.Trim());
        Assert.Equal(["MOC on mutual cooperation between LINK-J and the Royal Danish Embassy"], Titles(byWords));
        Assert.Equal(2, Titles(bySignatory).Count());
        Assert.Empty(Titles(nothing));
    }

    [Fact]
    public async Task With_a_large_registry_the_form_carries_no_name_list_and_looks_names_up_as_the_admin_types()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        await TooManyToList.AddOrganizationsAsync(_factory, "Lookup Company");

        var page = await admin.GetPageAsync(CreateUrl);
        var list = page.QuerySelector("datalist#organization-names")!;
        Assert.Empty(list.QuerySelectorAll("option"));
        var lookup = list.GetAttribute("data-lookup")!;
        Assert.Contains("handler=Names", lookup);

        var names = await admin.GetFromJsonAsync<List<string>>(lookup + "&q=" + Uri.EscapeDataString("company 00"));
        // Every word must match: "00" is in 000–009 and in 100, 200 … 500.
        Assert.Equal(Enumerable.Range(0, 501).Select(i => $"Lookup Company {i:000}").Where(n => n.EndsWith("00", StringComparison.Ordinal) || n.Contains(" 00", StringComparison.Ordinal)), names);
        var medicen = await admin.GetFromJsonAsync<List<string>>(lookup + "&q=medicen");
        Assert.Equal([AgreementForms.Medicen], medicen);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(lookup + "&q=")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(CreateUrl + "?handler=Names&list=users&q=admin")).StatusCode);
    }

    [Fact]
    public async Task The_people_lookup_lists_each_name_that_contains_every_typed_word_once()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        await _factory.WithDbAsync(async db =>
        {
            db.People.AddRange(new Person("Zorana Quillet"), new Person("Zorana Quillet"), new Person("Zorana Pradel"), new Person("Ilse Quillet"));
            await db.SaveChangesAsync();
        });

        Task<List<string>?> Names(string q) => admin.GetFromJsonAsync<List<string>>(CreateUrl + "?handler=Names&list=people&q=" + Uri.EscapeDataString(q));

        Assert.Equal(["Zorana Quillet"], await Names("quillet ZORANA"));
        Assert.Equal(["Zorana Quillet"], await Names("quillet\u0001zorana"));
        Assert.Equal(["Ilse Quillet", "Zorana Quillet"], await Names("quill"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(CreateUrl + "?handler=Names&list=people&q=%01")).StatusCode);
    }

    [Fact]
    public async Task Creating_an_agreement_stores_parties_signatories_term_and_source_and_audits_each_row()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var response = await admin.PostFormAsync(CreateUrl, AgreementForms.Valid());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var agreement = await _factory.WithDbAsync(db => db.Agreements.AsNoTracking()
            .Include(a => a.Parties).ThenInclude(p => p.Organization)
            .Include(a => a.Participants).ThenInclude(p => p.Person)
            .SingleAsync(a => a.Title == "MOU with Medicen on joint programmes"));
        Assert.Equal($"/admin/agreements/edit/{agreement.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2031, 12, 1), TermKind.Duration, 5, TermUnit.Years), (agreement.EffectiveOn, agreement.EndsOn!.Value, agreement.TermKind, agreement.TermLength!.Value, agreement.TermUnit!.Value));
        Assert.Equal([AgreementForms.Home, AgreementForms.Medicen], agreement.Parties.Select(p => p.Organization.Name).Order());
        Assert.Equal(["Akihiko Soyama|Chairman", "Claire Martin|Managing Director"], agreement.Participants.Select(p => $"{p.Person.Name}|{p.Title}").Order());
        Assert.Equal(("LINK-J", "https://www.link-j.org/en/news/example", 17), (agreement.SourcePublisher, agreement.SourceUrl, agreement.PartnerOrdinal!.Value));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.People.CountAsync(p => p.NormalizedName == "AKIHIKO SOYAMA")));

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.AgreementId == agreement.Id).ToListAsync());
        Assert.Equal(["Agreement", "AgreementParticipant", "AgreementParticipant", "AgreementParty", "AgreementParty"], audit.Select(a => a.EntityType).Order());
        Assert.All(audit, a => Assert.Equal(AuditAction.Created, a.Action));
        Assert.All(audit, a => Assert.StartsWith("admin-", a.UserName));

        var edit = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Saved the agreement", edit.QuerySelector("[role=status]")?.TextContent);
    }

    [Theory]
    [InlineData("Input.EndsOn", "must come after the effective date", "Input.TermKind=FixedEndDate", "Input.EndsOn=2026-11-30")]
    [InlineData("Input.EndsOn", "must come after the effective date", "Input.TermKind=FixedEndDate", "Input.EndsOn=2026-12-01")]
    [InlineData("Input.EndsOn", "Enter the end date", "Input.TermKind=FixedEndDate", "Input.EndsOn=")]
    [InlineData("Input.Parties", "at least two different parties", "Input.Parties[1].Organization=", "Input.People[1].Party=Life Science Innovation Network Japan")]
    [InlineData("Input.Parties", "at least two different parties", "Input.Parties[1].Organization= life science innovation network JAPAN ", "Input.People[1].Party=Life Science Innovation Network Japan")]
    [InlineData("Input.Parties[1].Organization", "There is no organization called", "Input.Parties[1].Organization=Nobody Inc")]
    [InlineData("Input.People[1].Party", "is not one of the parties", "Input.People[1].Party=The Pistoia Alliance")]
    [InlineData("Input.People[1].Name", "Enter the person's name", "Input.People[1].Name=")]
    [InlineData("Input.TermLength", "1 month to 100 years", "Input.TermLength=0")]
    [InlineData("Input.TermLength", "1 month to 100 years", "Input.TermLength=101")]
    [InlineData("Input.TermLength", "1 month to 100 years", "Input.TermLength=1201", "Input.TermUnit=Months")]
    [InlineData("Input.TermLength", "Enter the length", "Input.TermLength=")]
    [InlineData("Input.Title", "must not be empty", "Input.Title=")]
    [InlineData("Input.Title", "300 characters or fewer", "Input.Title=LONG301")]
    [InlineData("Input.Summary", "4000 characters or fewer", "Input.Summary=LONG4001")]
    [InlineData("Input.EffectiveOn", "between 1900 and 2100", "Input.EffectiveOn=1899-12-31")]
    [InlineData("Input.EffectiveOn", "Enter the date the agreement takes effect", "Input.EffectiveOn=")]
    [InlineData("Input.SourcePublishedOn", "between 1900 and 2100", "Input.SourcePublishedOn=2101-01-01")]
    [InlineData("Input.SourceUrl", "http:// or https://", "Input.SourceUrl=javascript:alert(1)")]
    [InlineData("Input.SourceUrl", "500 characters or fewer", "Input.SourceUrl=LONGURL")]
    [InlineData("Input.People[0].Title", "300 characters or fewer", "Input.People[0].Title=LONG301")]
    [InlineData("Input.Type", "", "Input.Type=Treaty")]
    public async Task An_invalid_agreement_shows_the_message_beside_the_field_keeps_the_input_and_saves_nothing(string field, string message, params string[] changes)
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var before = await CountsAsync();
        var fields = AgreementForms.Valid("A title the form keeps");
        foreach (var change in changes)
        {
            var (key, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            fields[key] = value switch
            {
                "LONG301" => new string('x', 301),
                "LONG4001" => new string('x', 4001),
                "LONGURL" => "https://example.org/" + new string('a', 490),
                _ => value,
            };
        }

        var response = await admin.PostFormAsync(CreateUrl, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        var error = page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(error), $"No message beside {field}.");
        Assert.Contains(message, error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(fields["Input.Summary"], ((IHtmlTextAreaElement)page.QuerySelector("[name='Input.Summary']")!).Value);
        Assert.Equal(fields["Input.People[1].Name"], ((IHtmlInputElement)page.QuerySelector("[name='Input.People[1].Name']")!).Value);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_agreement_of_the_same_type_parties_and_date_as_a_stored_one_is_refused_as_a_duplicate()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var existing = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.EffectiveOn == new DateOnly(2020, 2, 5)).Select(a => a.Id).SingleAsync());
        var before = await CountsAsync();

        var response = await admin.PostFormAsync(CreateUrl, AgreementForms.Valid().With(("Input.EffectiveOn", "2020-02-05"), ("Input.Parties[0].Organization", AgreementForms.Medicen), ("Input.Parties[1].Organization", AgreementForms.Home)));

        var page = await response.ReadHtmlAsync();
        Assert.Contains("already registered", page.QuerySelector(".validation-summary-errors")?.TextContent);
        Assert.Equal($"/admin/agreements/edit/{existing}", page.QuerySelector("[data-duplicate] a")?.GetAttribute("href"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_preview_shows_the_computed_end_date_and_status_without_saving()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var before = await CountsAsync();
        var page = await admin.GetPageAsync(CreateUrl);
        var form = (IHtmlFormElement)page.QuerySelector("#agreement-form")!;
        var fields = AgreementForms.Valid().With(("Input.EffectiveOn", "2020-02-05"));

        var response = await admin.SubmitAsync(WithAction(form, CreateUrl + "?handler=Preview"), CreateUrl, fields);

        var html = await response.ReadHtmlAsync();
        var preview = html.QuerySelector("#term-preview")!;
        // Saving after a preview must reach the save handler, with its token, not the preview again.
        Assert.Equal(CreateUrl, html.QuerySelector("#agreement-form")?.GetAttribute("action"));
        Assert.NotNull(html.QuerySelector("#agreement-form input[name=__RequestVerificationToken]"));
        Assert.Equal("2025-02-05", preview.QuerySelector("[data-ends-on]")?.TextContent);
        Assert.Contains("2025-02-04", preview.TextContent);
        Assert.Equal("Ended", preview.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("Input.EffectiveOn=2020-02-05&Input.TermKind=Duration&Input.TermLength=5&Input.TermUnit=Years", "2025-02-05", "2025-02-04", "Ended")]
    [InlineData("Input.EffectiveOn=2026-01-01&Input.TermKind=FixedEndDate&Input.EndsOn=2027-02-22", "2027-02-22", "2027-02-21", "EndingSoon")]
    [InlineData("Input.EffectiveOn=2026-01-01&Input.TermKind=FixedEndDate&Input.EndsOn=2027-02-23", "2027-02-23", "2027-02-22", "Active")]
    [InlineData("Input.EffectiveOn=2026-11-25&Input.TermKind=Duration&Input.TermLength=18&Input.TermUnit=Months", "2028-05-25", "2028-05-24", "Upcoming")]
    [InlineData("Input.EffectiveOn=2026-11-24&Input.TermKind=OpenEnded", "No end date (open-ended)", "", "OpenEnded")]
    public async Task The_preview_handler_gives_the_script_the_end_date_last_day_and_status_the_server_computes(string query, string endsOn, string lastDay, string status)
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var address = (await admin.GetPageAsync(CreateUrl)).QuerySelector("#term-preview")?.GetAttribute("data-preview");
        Assert.Equal(CreateUrl + "?handler=Preview", address);

        var response = await admin.GetAsync($"{address}&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await response.ReadHtmlAsync();
        Assert.Equal(endsOn, fragment.QuerySelector("[data-ends-on]")?.TextContent);
        Assert.Contains(lastDay, fragment.Body!.TextContent);
        Assert.Equal(status, fragment.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.Null(fragment.QuerySelector("form, main"));
    }

    [Theory]
    [InlineData("Input.TermKind=Duration&Input.TermLength=5&Input.TermUnit=Years")]
    [InlineData("Input.EffectiveOn=2026-01-01&Input.TermKind=Duration&Input.TermLength=101&Input.TermUnit=Years")]
    [InlineData("Input.EffectiveOn=2026-01-01&Input.TermKind=FixedEndDate&Input.EndsOn=2025-12-31")]
    [InlineData("Input.EffectiveOn=1899-12-31&Input.TermKind=OpenEnded")]
    public async Task The_preview_handler_asks_for_the_date_and_term_while_they_are_incomplete_or_out_of_range(string query)
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await SeededMedicenMouAsync();

        var fragment = await admin.GetPageAsync($"/admin/agreements/edit/{id}?handler=Preview&{query}");

        Assert.Contains("Enter the effective date and the term", fragment.Body!.TextContent);
        Assert.Null(fragment.QuerySelector("[data-status]"));
    }

    [Fact]
    public async Task The_form_offers_only_dates_and_term_lengths_within_the_registrys_limits()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var page = await admin.GetPageAsync(CreateUrl);

        foreach (var name in new[] { "Input.EffectiveOn", "Input.EndsOn", "Input.SourcePublishedOn" })
        {
            var field = page.QuerySelector($"input[name='{name}']")!;
            Assert.Equal(("1900-01-01", "2100-12-31"), (field.GetAttribute("min"), field.GetAttribute("max")));
        }

        var length = page.QuerySelector("input[name='Input.TermLength']")!;
        Assert.Equal(("1", "1200"), (length.GetAttribute("min"), length.GetAttribute("max")));
        Assert.Contains("At least two different parties", page.QuerySelector("#parties-help")?.TextContent);
    }

    [Fact]
    public async Task Saving_an_agreement_reads_the_organizations_it_names_once()
    {
        using var factory = new RecordingFactory();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var page = await admin.GetPageAsync(CreateUrl);
        factory.Statements.Clear();

        var response = await admin.SubmitAsync((IHtmlFormElement)page.QuerySelector("#agreement-form")!, CreateUrl, AgreementForms.Valid());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(factory.Statements, s => s.Sql.Contains("FROM \"Organizations\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Adding_a_new_organization_from_the_form_keeps_everything_typed_and_makes_it_a_party()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var form = (IHtmlFormElement)(await admin.GetPageAsync(CreateUrl)).QuerySelector("#agreement-form")!;
        var fields = AgreementForms.Valid("Typed before adding").With(("Input.Parties[1].Organization", ""), ("Input.People[1].Party", ""),
            ("NewOrganization.Name", "Helsinki Health Hub"), ("NewOrganization.Kind", "IndustryCluster"), ("NewOrganization.CountryCode", "FI"));

        var response = await admin.SubmitAsync(WithAction(form, CreateUrl + "?handler=AddOrganization"), CreateUrl, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Helsinki Health Hub", ((IHtmlInputElement)page.QuerySelector("[name='Input.Parties[1].Organization']")!).Value);
        Assert.Equal("Typed before adding", ((IHtmlInputElement)page.QuerySelector("[name='Input.Title']")!).Value);
        Assert.Equal("Claire Martin", ((IHtmlInputElement)page.QuerySelector("[name='Input.People[1].Name']")!).Value);
        Assert.Equal(string.Empty, ((IHtmlInputElement)page.QuerySelector("[name='NewOrganization.Name']")!).Value);
        Assert.Contains("Helsinki Health Hub", page.QuerySelector("[role=status]")?.TextContent);
        var created = await _factory.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Name == "Helsinki Health Hub"));
        Assert.Equal(("FI", OrganizationKind.IndustryCluster, "helsinki-health-hub"), (created.CountryCode, created.Kind, created.Slug));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Agreements.CountAsync(a => a.Title == "Typed before adding")));
    }

    [Fact]
    public async Task A_new_organization_that_already_exists_is_refused_beside_its_field()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var form = (IHtmlFormElement)(await admin.GetPageAsync(CreateUrl)).QuerySelector("#agreement-form")!;

        var response = await admin.SubmitAsync(WithAction(form, CreateUrl + "?handler=AddOrganization"), CreateUrl, new() { ["Input.Title"] = "Kept", ["NewOrganization.Name"] = "medicen paris region" });

        var page = await response.ReadHtmlAsync();
        Assert.Contains("already exists", page.QuerySelector("[data-valmsg-for='NewOrganization.Name']")?.TextContent);
        Assert.Equal("Kept", ((IHtmlInputElement)page.QuerySelector("[name='Input.Title']")!).Value);
    }

    [Fact]
    public async Task Editing_records_old_and_new_values_and_changes_parties_and_people()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await SeededMedicenMouAsync();
        var url = $"/admin/agreements/edit/{id}";
        var page = await admin.GetPageAsync(url);
        Assert.Equal("MOU on mutual cooperation between LINK-J and Medicen Paris Region", ((IHtmlInputElement)page.QuerySelector("[name='Input.Title']")!).Value);

        var response = await admin.SubmitAsync((IHtmlFormElement)page.QuerySelector("#agreement-form")!, url, new()
        {
            ["Input.Title"] = "MOU between LINK-J and Medicen",
            ["Input.Parties[1].Role"] = "Lead",
            ["Input.People[1].Title"] = "CEO",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.AgreementId == id && a.Action == AuditAction.Updated).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == "Agreement" && a.Changes.Contains("\"old\":\"MOU on mutual cooperation between LINK-J and Medicen Paris Region\",\"new\":\"MOU between LINK-J and Medicen\""));
        Assert.Contains(audit, a => a.EntityType == "AgreementParty" && a.Changes.Contains("\"new\":\"Lead\""));
        Assert.Contains(audit, a => a.EntityType == "AgreementParticipant" && a.Changes.Contains("\"new\":\"CEO\""));
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == id).Select(a => a.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_second_editor_of_an_agreement_sees_the_conflict_and_keeps_their_input()
    {
        var first = await _factory.SignedInAsync(Roles.Admin);
        var second = await _factory.SignedInAsync(Roles.Admin);
        var id = await SeededMedicenMouAsync();
        var url = $"/admin/agreements/edit/{id}";
        var firstForm = (IHtmlFormElement)(await first.GetPageAsync(url)).QuerySelector("#agreement-form")!;
        var secondForm = (IHtmlFormElement)(await second.GetPageAsync(url)).QuerySelector("#agreement-form")!;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, url, new() { ["Input.People[0].Title"] = "Chair of the board" })).StatusCode);
        var refused = await second.SubmitAsync(secondForm, url, new() { ["Input.Title"] = "Second editor's title" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains("Chair of the board", page.QuerySelector("[data-conflict]")?.TextContent);
        Assert.Equal("Second editor's title", ((IHtmlInputElement)page.QuerySelector("[name='Input.Title']")!).Value);
        var stored = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == id).Select(a => a.Title).SingleAsync());
        Assert.Equal("MOU on mutual cooperation between LINK-J and Medicen Paris Region", stored);
    }

    [Fact]
    public async Task Posted_ids_and_versions_from_elsewhere_change_no_other_agreement()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await SeededMedicenMouAsync();
        var other = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Id != id).Select(a => new { a.Id, a.Title }).FirstAsync());

        await admin.PostFormAsync($"/admin/agreements/edit/{id}", new() { ["Input.Id"] = other.Id.ToString(), ["Id"] = other.Id.ToString(), ["Input.CreatedAt"] = "2000-01-01", ["Input.Title"] = "Changed here only" });

        var titles = await _factory.WithDbAsync(db => db.Agreements.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Title));
        Assert.Equal("Changed here only", titles[id]);
        Assert.Equal(other.Title, titles[other.Id]);
    }

    [Fact]
    public async Task Deleting_an_agreement_goes_through_confirmation_and_is_audited_with_its_rows()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await SeededMedicenMouAsync();

        var confirm = await admin.GetPageAsync($"/admin/agreements/delete/{id}");
        Assert.Contains("Medicen Paris Region", confirm.QuerySelector("main")?.TextContent);
        var response = await admin.PostFormAsync($"/admin/agreements/delete/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Agreements.AnyAsync(a => a.Id == id)));
        var deleted = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.AgreementId == id && a.Action == AuditAction.Deleted).Select(a => a.EntityType).ToListAsync());
        Assert.Contains("Agreement", deleted);
        Assert.Contains("AgreementParty", deleted);
    }

    /// <summary>Posts the form as its handler button would, through the button's formaction.</summary>
    private static IHtmlFormElement WithAction(IHtmlFormElement form, string action)
    {
        form.SetAttribute("action", action);
        return form;
    }

    private Task<int> SeededMedicenMouAsync() =>
        _factory.WithDbAsync(db => db.Agreements.Where(a => a.EffectiveOn == new DateOnly(2020, 2, 5)).Select(a => a.Id).SingleAsync());

    private Task<(int, int, int, int)> CountsAsync() =>
        _factory.WithDbAsync(async db => (await db.Agreements.CountAsync(), await db.AgreementParties.CountAsync(), await db.AgreementParticipants.CountAsync(), await db.People.CountAsync()));
}
