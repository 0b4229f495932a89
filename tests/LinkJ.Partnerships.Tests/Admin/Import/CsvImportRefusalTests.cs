using System.Net;
using System.Text;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Admin.Import;

/// <summary>Files that cannot be imported get one clear sentence beside the file field and a 400, never a 500.</summary>
public sealed class CsvImportRefusalTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    public static TheoryData<string, byte[], string> Malformed => new()
    {
        { "Shift-JIS", [.. "ID,Title\n1,"u8, 0x8B, 0xA6, 0x92, 0xE8, (byte)'\n'], "not UTF-8" },
        { "UTF-16", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ID,Title\n")], "UTF-16" },
        { "empty", [], "Choose a file" },
        { "blank lines", "\n\n\n"u8.ToArray(), "empty" },
        { "no header", "1,MOU,An agreement\n2,MOU,Another\n"u8.ToArray(), "header row" },
        { "unknown column", "ID,Title,Colour\n1,x,red\n"u8.ToArray(), "Unknown columns: “Colour”" },
        { "repeated column", "ID,Title,Title\n1,x,y\n"u8.ToArray(), "appears twice" },
        { "100,000 rows", Encoding.UTF8.GetBytes("Title\n" + string.Concat(Enumerable.Repeat("x\n", 100_000))), "more than 10000 rows" },
        { "6 MB", Encoding.UTF8.GetBytes("Title\n" + new string('x', 6 * 1024 * 1024)), "larger than 5 MB" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_file_is_refused_with_a_clear_message(string what, byte[] file, string message)
    {
        var admin = await registry.Factory.SignedInAsync(Roles.Admin);

        var response = await CsvImporting.DryRunAsync(admin, "Agreements", file);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        var problem = (await response.ReadHtmlAsync()).QuerySelector("[data-csv-problem]")!.TextContent;
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_a_byte_order_mark_reads_the_same_as_one_with_it()
    {
        var admin = await registry.Factory.SignedInAsync(Roles.Admin);
        var rows = CsvImporting.Parse(await CsvImporting.ExportAsync(admin, "Agreements"));

        var withMark = await (await CsvImporting.DryRunAsync(admin, "Agreements", CsvImporting.Write(rows))).ReadHtmlAsync();
        var without = await (await CsvImporting.DryRunAsync(admin, "Agreements", CsvImporting.Write(rows, byteOrderMark: false))).ReadHtmlAsync();

        Assert.Equal($"{rows.Count - 1} unchanged", withMark.QuerySelector("[data-count=unchanged]")!.TextContent.Trim());
        Assert.Equal($"{rows.Count - 1} unchanged", without.QuerySelector("[data-count=unchanged]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_formula_cell_is_kept_as_text_and_the_exports_escaping_apostrophe_comes_off()
    {
        var admin = await registry.Factory.SignedInAsync(Roles.Admin);
        var rows = CsvImporting.Parse(await CsvImporting.ExportAsync(admin, "Agreements"));
        var notes = Array.IndexOf(rows[0], "Internal notes");
        var title = Array.IndexOf(rows[0], "Title");
        rows[1][notes] = "=HYPERLINK(\"https://evil.example\",\"click\")";
        rows[2][notes] = "'+81 3 1234 5678";
        rows[3][title] = "@SUM(A1:A2)";

        var dryRun = await (await CsvImporting.DryRunAsync(admin, "Agreements", CsvImporting.Write(rows))).ReadHtmlAsync();

        Assert.Equal("=HYPERLINK(\"https://evil.example\",\"click\")", dryRun.QuerySelector("tr[data-row='2'] [data-change='Internal notes'] ins")!.TextContent);
        Assert.Equal("+81 3 1234 5678", dryRun.QuerySelector("tr[data-row='3'] [data-change='Internal notes'] ins")!.TextContent);
        Assert.Equal("@SUM(A1:A2)", dryRun.QuerySelector("tr[data-row='4'] [data-change='Title'] ins")!.TextContent);
    }

    [Fact]
    public async Task A_japanese_export_imports_back_unchanged()
    {
        var admin = await registry.Factory.SignedInAsync(Roles.Admin);
        await admin.PostFormAsync("/account/language", new() { ["culture"] = "ja", ["returnUrl"] = "/staff" });
        var file = await CsvImporting.ExportAsync(admin, "Agreements");
        await admin.PostFormAsync("/account/language", new() { ["culture"] = "en", ["returnUrl"] = "/staff" });
        var rows = CsvImporting.Parse(file);
        Assert.DoesNotContain("Title", rows[0]);

        var dryRun = await (await CsvImporting.DryRunAsync(admin, "Agreements", file)).ReadHtmlAsync();

        Assert.Empty(dryRun.QuerySelectorAll("[data-dry-run] tr[data-row]"));
        Assert.Equal($"{rows.Count - 1} unchanged", dryRun.QuerySelector("[data-count=unchanged]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Staff_are_refused_anonymous_visitors_are_sent_to_sign_in_and_a_post_without_the_antiforgery_token_is_refused()
    {
        var staff = await registry.Factory.SignedInAsync(Roles.Staff);
        Assert.Equal(HttpStatusCode.Forbidden, await AdminAccessTests.RefusalAsync(staff, await staff.GetAsync(CsvImporting.Url)));
        using (var form = new MultipartFormDataContent { { new StringContent("Agreements"), "Kind" }, { new ByteArrayContent("Title\nx\n"u8.ToArray()), "Upload", "x.csv" } })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await AdminAccessTests.RefusalAsync(staff, await staff.PostAsync(CsvImporting.Url + "?handler=Apply", form)));
        }

        var anonymous = registry.Factory.CreateBrowser();
        var redirect = await anonymous.GetAsync(CsvImporting.Url);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("/account/sign-in", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var admin = await registry.Factory.SignedInAsync(Roles.Admin);
        var before = await registry.Factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        using var forged = new MultipartFormDataContent { { new StringContent("Agreements"), "Kind" }, { new ByteArrayContent("Title\nx\n"u8.ToArray()), "Upload", "x.csv" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync(CsvImporting.Url + "?handler=Apply", forged)).StatusCode);
        Assert.Equal(before, await registry.Factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }
}
