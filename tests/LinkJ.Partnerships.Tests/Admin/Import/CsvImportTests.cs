using System.Net;
using LinkJ.Partnerships.Tests.Staff;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Admin.Import;

public sealed class CsvImportTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_exported_agreements_file_with_one_cell_changed_shows_exactly_that_change_applies_it_and_adds_nothing_when_imported_again()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var rows = CsvImporting.Parse(await CsvImporting.ExportAsync(admin, "Agreements"));
        var title = Array.IndexOf(rows[0], "Title");
        var id = int.Parse(rows[1][0], System.Globalization.CultureInfo.InvariantCulture);
        var oldTitle = rows[1][title];
        rows[1][title] = "Memorandum corrected in a spreadsheet";
        var file = CsvImporting.Write(rows);

        var dryRun = await (await CsvImporting.DryRunAsync(admin, "Agreements", file)).ReadHtmlAsync();

        var listed = dryRun.QuerySelectorAll("[data-dry-run] tr[data-row]");
        var row = Assert.Single(listed);
        Assert.Equal(("2", "Change"), (row.GetAttribute("data-row"), row.GetAttribute("data-outcome")));
        var change = Assert.Single(row.QuerySelectorAll("[data-change]"));
        Assert.Equal("Title", change.GetAttribute("data-change"));
        Assert.Equal((oldTitle, "Memorandum corrected in a spreadsheet"), (change.QuerySelector("del")!.TextContent, change.QuerySelector("ins")!.TextContent));
        Assert.Equal($"{rows.Count - 2} unchanged", dryRun.QuerySelector("[data-count=unchanged]")!.TextContent.Trim());
        var before = await _factory.WithDbAsync(db => db.Agreements.CountAsync());

        var applied = await CsvImporting.ApplyAsync(admin, dryRun, file);

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal("Memorandum corrected in a spreadsheet", await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Agreements.CountAsync()));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "CsvImport").SingleAsync());
        Assert.Contains("\"Changed\",\"old\":null,\"new\":\"1\"", audit.Changes.Replace("\"field\":", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotNull(audit.UserName);

        var again = await (await CsvImporting.DryRunAsync(admin, "Agreements", file)).ReadHtmlAsync();
        Assert.Empty(again.QuerySelectorAll("[data-dry-run] tr[data-row]"));
        Assert.Null(again.QuerySelector("form#apply-form"));
        Assert.Equal($"{rows.Count - 1} unchanged", again.QuerySelector("[data-count=unchanged]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_extended_and_a_terminated_agreement_export_and_import_back_unchanged()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var extended = await _factory.AddAgreementAsync("Extended pact", new DateOnly(2024, 4, 1), Term.OfYears(2), "Stretch Ltd", "GB");
        var terminated = await _factory.AddAgreementAsync("Cut-short pact", new DateOnly(2024, 4, 1), Term.OfYears(3), "Brief SA", "FR");
        await _factory.WithDbAsync(async db =>
        {
            var (a, b) = (await db.Agreements.Include(x => x.Amendments).SingleAsync(x => x.Id == extended), await db.Agreements.SingleAsync(x => x.Id == terminated));
            a.Amend(AmendmentKind.Extension, new DateOnly(2026, 1, 10), "One more year", null, new DateOnly(2027, 4, 1));
            b.Terminate(new DateOnly(2025, 9, 1), "Programme closed");
            await db.SaveChangesAsync();
        });
        var file = await CsvImporting.ExportAsync(admin, "Agreements");

        var dryRun = await (await CsvImporting.DryRunAsync(admin, "Agreements", file)).ReadHtmlAsync();

        Assert.Empty(dryRun.QuerySelectorAll("[data-dry-run] tr[data-row]"));
        Assert.Null(dryRun.QuerySelector("form#apply-form"));
    }

    [Fact]
    public async Task A_new_agreement_row_without_an_id_is_added_once_and_a_second_import_of_the_same_file_adds_nothing()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var rows = CsvImporting.Parse(await CsvImporting.ExportAsync(admin, "Agreements"));
        var parties = rows[1][Array.IndexOf(rows[0], "Parties")];
        string[] added = [.. rows[0].Select(column => column switch
        {
            "Type" => "MOU",
            "Title" => "A second MOU between the same parties",
            "Parties" => parties,
            "Effective" => "2025-06-01",
            "Ends" => "2027-06-01",
            "Visibility" => "Internal",
            _ => string.Empty,
        })];
        var file = CsvImporting.Write([rows[0], added]);

        var first = await (await CsvImporting.DryRunAsync(admin, "Agreements", file)).ReadHtmlAsync();
        Assert.Equal("Add", first.QuerySelector("tr[data-row='2']")!.GetAttribute("data-outcome"));
        Assert.Equal(HttpStatusCode.Redirect, (await CsvImporting.ApplyAsync(admin, first, file)).StatusCode);
        var stored = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Title == "A second MOU between the same parties")
            .Select(a => new { a.EndsOn, a.Visibility, Parties = a.Parties.Count }).SingleAsync());
        Assert.Equal((new DateOnly(2027, 6, 1), Visibility.Internal, 2), (stored.EndsOn!.Value, stored.Visibility, stored.Parties));

        var second = await (await CsvImporting.DryRunAsync(admin, "Agreements", file)).ReadHtmlAsync();
        Assert.Equal("1 unchanged", second.QuerySelector("[data-count=unchanged]")!.TextContent.Trim());
        Assert.Null(second.QuerySelector("form#apply-form"));
    }

    [Fact]
    public async Task An_exported_organizations_file_round_trips_and_a_changed_city_is_the_only_change()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var rows = CsvImporting.Parse(await CsvImporting.ExportAsync(admin, "Organizations"));
        var unchanged = await (await CsvImporting.DryRunAsync(admin, "Organizations", CsvImporting.Write(rows))).ReadHtmlAsync();
        Assert.Empty(unchanged.QuerySelectorAll("[data-dry-run] tr[data-row]"));

        var city = Array.IndexOf(rows[0], "City");
        var slug = rows[2][Array.IndexOf(rows[0], "Slug")];
        rows[2][city] = "Kashiwa";
        var file = CsvImporting.Write(rows, byteOrderMark: false);
        var dryRun = await (await CsvImporting.DryRunAsync(admin, "Organizations", file)).ReadHtmlAsync();
        var change = Assert.Single(dryRun.QuerySelectorAll("tr[data-row] [data-change]"));
        Assert.Equal(("City", "Kashiwa"), (change.GetAttribute("data-change"), change.QuerySelector("ins")!.TextContent));

        Assert.Equal(HttpStatusCode.Redirect, (await CsvImporting.ApplyAsync(admin, dryRun, file)).StatusCode);
        Assert.Equal("Kashiwa", await _factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == slug).Select(o => o.City).SingleAsync()));
        var again = await (await CsvImporting.DryRunAsync(admin, "Organizations", file)).ReadHtmlAsync();
        Assert.Empty(again.QuerySelectorAll("[data-dry-run] tr[data-row]"));
    }

    [Fact]
    public async Task Applying_after_someone_changed_a_record_since_the_dry_run_imports_nothing_and_shows_the_new_dry_run()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var rows = CsvImporting.Parse(await CsvImporting.ExportAsync(admin, "Agreements"));
        var id = int.Parse(rows[1][0], System.Globalization.CultureInfo.InvariantCulture);
        rows[1][Array.IndexOf(rows[0], "Title")] = "Changed by the import";
        var file = CsvImporting.Write(rows);
        var dryRun = await (await CsvImporting.DryRunAsync(admin, "Agreements", file)).ReadHtmlAsync();

        await _factory.WithDbAsync(async db =>
        {
            using var actor = Web.Data.AuditActor.As("someone else");
            var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
            agreement.InternalNotes = "Edited meanwhile";
            await db.SaveChangesAsync();
        });
        var applied = await CsvImporting.ApplyAsync(admin, dryRun, file);

        Assert.Equal(HttpStatusCode.Conflict, applied.StatusCode);
        Assert.Contains("changed since the dry run", (await applied.ReadHtmlAsync()).QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Changed by the import", await _factory.WithDbAsync(db => db.Agreements.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task Applying_a_different_file_than_the_dry_runs_is_refused()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var rows = CsvImporting.Parse(await CsvImporting.ExportAsync(admin, "Agreements"));
        rows[1][Array.IndexOf(rows[0], "Title")] = "Dry-run title";
        var dryRun = await (await CsvImporting.DryRunAsync(admin, "Agreements", CsvImporting.Write(rows))).ReadHtmlAsync();
        rows[1][Array.IndexOf(rows[0], "Title")] = "Another title";

        var applied = await CsvImporting.ApplyAsync(admin, dryRun, CsvImporting.Write(rows));

        Assert.Equal(HttpStatusCode.BadRequest, applied.StatusCode);
        Assert.Contains("not the file of the dry run", (await applied.ReadHtmlAsync()).QuerySelector("[data-csv-problem]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Agreements.CountAsync(a => a.Title == "Another title" || a.Title == "Dry-run title")));
    }

    [Fact]
    public async Task A_row_naming_an_unknown_organization_is_refused_with_its_row_number_and_the_reason()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var rows = CsvImporting.Parse(await CsvImporting.ExportAsync(admin, "Agreements"));
        rows[2][Array.IndexOf(rows[0], "Parties")] = "Nowhere Institute; Life Science Innovation Network Japan";
        rows[2][Array.IndexOf(rows[0], "Signatories and representatives")] = string.Empty;

        var dryRun = await (await CsvImporting.DryRunAsync(admin, "Agreements", CsvImporting.Write(rows))).ReadHtmlAsync();

        var row = dryRun.QuerySelector("tr[data-row='3']")!;
        Assert.Equal("Refuse", row.GetAttribute("data-outcome"));
        Assert.Contains("Nowhere Institute", row.TextContent, StringComparison.Ordinal);
    }
}
