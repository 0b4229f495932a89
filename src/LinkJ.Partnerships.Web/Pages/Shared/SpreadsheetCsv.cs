using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Shared;

/// <summary>
/// A CSV file that a spreadsheet opens safely, for every export: UTF-8 with a byte-order mark, because Excel otherwise
/// reads Japanese names as mojibake, and cells that begin with = + - @ (or a tab or carriage return) with a leading
/// apostrophe, so a spreadsheet shows them as text instead of running them as formulas.
/// </summary>
public static class SpreadsheetCsv
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    /// <summary>A writer over <paramref name="body"/> (left open), its header row written in the page's language: each column's English header is its resource key.</summary>
    public static async Task<CsvWriter> OpenAsync(Stream body, IEnumerable<string> columns, IStringLocalizer s)
    {
        var csv = new CsvWriter(new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true), Configuration);
        foreach (var column in columns)
        {
            csv.WriteField(s[column].Value);
        }

        await csv.NextRecordAsync();
        return csv;
    }
}
