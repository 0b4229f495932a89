using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Infrastructure.Security;
using static LinkJ.Partnerships.Tests.Staff.AgreementListFixture;

namespace LinkJ.Partnerships.Tests.Staff;

public sealed class AgreementCsvTests(AgreementListFixture registry) : IClassFixture<AgreementListFixture>
{
    [Fact]
    public async Task The_export_holds_exactly_the_filtered_list_in_its_order_with_every_page()
    {
        var (_, rows) = await ExportAsync("/staff/agreements?handler=Csv&status=Ended&sort=Title&size=1&page=2");

        Assert.Equal([Formula, Danish, Medicen], rows.Select(r => Unescape(r["Title"])));
    }

    [Fact]
    public async Task The_export_link_on_the_page_carries_the_filters()
    {
        var page = await registry.Staff.GetPageAsync("/staff/agreements?q=Tanaka&country=JP&page=1");

        var href = page.QuerySelector("#export-csv")!.GetAttribute("href")!;
        var (_, rows) = await ExportAsync(href);

        Assert.Contains("handler=Csv", href, StringComparison.Ordinal);
        Assert.DoesNotContain("page=", href, StringComparison.Ordinal);
        Assert.Equal([Regenerative], rows.Select(r => r["Title"]));
    }

    [Fact]
    public async Task The_file_is_utf8_with_a_byte_order_mark_a_dated_name_and_is_never_stored()
    {
        var response = await registry.Staff.GetAsync("/staff/agreements?handler=Csv&q=Osaka");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("agreements-2026-11-24.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains("Osaka Regenerative Institute (大阪再生医療研究所)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_has_the_internal_fields_staff_need()
    {
        var (header, rows) = await ExportAsync("/staff/agreements?handler=Csv&q=Basel");

        Assert.Equal(
            ["ID", "Type", "Title", "Parties", "Partner countries", "Signatories and representatives", "Effective", "Ends", "Status", "Days left",
                "Visibility", "Partner ordinal", "Source", "Internal notes", "Data-quality notes"],
            header);
        var row = Assert.Single(rows);
        Assert.Equal("Letter of intent", row["Type"]);
        Assert.Equal("Basel Pharma; Life Science Innovation Network Japan (一般社団法人ライフサイエンス・イノベーション・ネットワーク・ジャパン)", row["Parties"]);
        Assert.Equal("CH", row["Partner countries"]);
        Assert.Equal("Anna Müller (Signatory, Basel Pharma)", row["Signatories and representatives"]);
        Assert.Equal("2024-06-01", row["Effective"]);
        Assert.Equal("2027-01-15", row["Ends"]);
        Assert.Equal("Ending soon", row["Status"]);
        Assert.Equal("52", row["Days left"]);
        Assert.Equal("Internal", row["Visibility"]);
    }

    [Fact]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        var (_, rows) = await ExportAsync("/staff/agreements?handler=Csv&q=HYPERLINK");

        var row = Assert.Single(rows);
        Assert.Equal("'" + Formula, row["Title"]);
        Assert.StartsWith("'+Plus Corp; ", row["Parties"], StringComparison.Ordinal);
        Assert.Equal("'@attacker (Signatory, +Plus Corp)", row["Signatories and representatives"]);
        Assert.Equal("'-2+3", row["Internal notes"]);
        Assert.Equal(string.Empty, row["Days left"]);
    }

    [Theory]
    [InlineData("from=abc")]
    [InlineData("country=ZZ")]
    [InlineData("to=2019&from=2024")]
    public async Task An_export_with_a_bad_criterion_is_a_400_that_shows_the_message(string query)
    {
        var response = await registry.Staff.GetAsync($"/staff/agreements?handler=Csv&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadHtmlAsync()).QuerySelectorAll(".invalid-feedback"));
    }

    private static string Unescape(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;

    private async Task<(string[] Header, List<Dictionary<string, string>> Rows)> ExportAsync(string url)
    {
        var response = await registry.Staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        await csv.ReadAsync();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return (header, rows);
    }
}
