using System.Globalization;
using System.Text;
using AngleSharp.Html.Dom;
using CsvHelper;
using CsvHelper.Configuration;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Admin.Import;

/// <summary>The CSV import page driven as a browser would: export, edit the cells, dry run, apply with the same file.</summary>
public static class CsvImporting
{
    public const string Url = "/admin/import/csv";

    public static async Task<byte[]> ExportAsync(HttpClient client, string kind) =>
        await client.GetByteArrayAsync(kind == "Organizations" ? "/staff/organizations?handler=Csv" : "/staff/agreements?handler=Csv");

    public static List<string[]> Parse(byte[] file)
    {
        using var reader = new CsvReader(new StringReader(new UTF8Encoding(false).GetString(file).TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }

    /// <summary>Writes rows back as a spreadsheet saving "CSV UTF-8" would: with a byte-order mark.</summary>
    public static byte[] Write(IEnumerable<string[]> rows, bool byteOrderMark = true)
    {
        var text = new StringWriter();
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    public static async Task<HttpResponseMessage> DryRunAsync(HttpClient admin, string kind, byte[] file, string name = "registry.csv")
    {
        var page = await admin.GetPageAsync(Url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
            { new ByteArrayContent(file), "Upload", name },
        };
        return await admin.PostAsync(Url + "?handler=DryRun", form);
    }

    /// <summary>Posts the dry-run page's apply form with <paramref name="file"/> chosen again.</summary>
    public static async Task<HttpResponseMessage> ApplyAsync(HttpClient admin, IHtmlDocument dryRun, byte[] file, string name = "registry.csv")
    {
        var apply = (IHtmlFormElement)dryRun.QuerySelector("form#apply-form")!;
        var form = new MultipartFormDataContent();
        foreach (var input in apply.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>())
        {
            form.Add(new StringContent(input.Value), input.Name!);
        }

        form.Add(new ByteArrayContent(file), "Upload", name);
        using (form)
        {
            return await admin.PostAsync(apply.GetAttribute("action")!, form);
        }
    }
}
