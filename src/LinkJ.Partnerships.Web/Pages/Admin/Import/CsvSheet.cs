using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Import;

/// <summary>
/// An uploaded CSV file, read and checked before any row is looked at: UTF-8 (with or without a byte-order mark),
/// at most <see cref="MaxBytes"/> and <see cref="MaxRows"/> rows, a header row whose every column is one the export
/// writes (in English or Japanese). A cell the export escaped against formula injection (a leading apostrophe before
/// = + - @) gets its apostrophe back off; any other cell starting with those characters is kept as text, because the
/// registry never evaluates a cell and the export escapes it again on the way out (docs/import.md).
/// </summary>
public sealed class CsvSheet
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 10_000;

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        BadDataFound = null,
        MissingFieldFound = null,
        DetectColumnCountChanges = false,
        TrimOptions = TrimOptions.None,
    };

    private CsvSheet(string sha256, IReadOnlyList<string> columns, IReadOnlyList<CsvRow> rows)
    {
        Sha256 = sha256;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The file's SHA-256 in lower-case hex: applying must use the very file of the dry run.</summary>
    public string Sha256 { get; }

    /// <summary>The columns the header names, by their English key ("Title"), in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public bool Has(string column) => Columns.Contains(column);

    /// <summary>Reads the file, or says in one sentence (in the reader's language) why it cannot be imported.</summary>
    public static (CsvSheet? Sheet, string? Problem) Read(byte[] bytes, IReadOnlyCollection<string> known, IStringLocalizer s)
    {
        if (bytes.Length > MaxBytes)
        {
            return (null, s["The file is larger than {0} MB.", MaxBytes / (1024 * 1024)]);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return (null, s["The file is UTF-16. Save it as “CSV UTF-8” and upload it again."]);
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, s["The file is not UTF-8 text (perhaps Shift-JIS). Save it as “CSV UTF-8” and upload it again."]);
        }

        text = text.TrimStart('\uFEFF');
        if (text.Contains('\0'))
        {
            return (null, s["The file is not UTF-8 text (perhaps Shift-JIS). Save it as “CSV UTF-8” and upload it again."]);
        }

        var records = new List<string[]>();
        using (var reader = new CsvReader(new StringReader(text), Configuration))
        {
            while (reader.Read())
            {
                if (records.Count > MaxRows + 1)
                {
                    return (null, s["The file has more than {0} rows; split it into smaller files.", MaxRows]);
                }

                records.Add(reader.Parser.Record ?? []);
            }
        }

        if (records.Count == 0 || records[0].All(string.IsNullOrWhiteSpace))
        {
            return (null, s["The file is empty: the first line must name the columns, as in the export."]);
        }

        var header = records[0].Select(h => h.Trim()).ToList();
        var columns = header.Select(h => CsvLabels.Column(s, known, h)).ToList();
        if (columns.All(c => c is null))
        {
            return (null, s["The first line does not name any column of the export. It must be the header row, as in the export."]);
        }

        var unknown = header.Where((h, i) => columns[i] is null).ToList();
        if (unknown.Count > 0)
        {
            return (null, s["Unknown columns: {0}. Use the columns of the export.", string.Join(", ", unknown.Select(u => $"“{u}”"))]);
        }

        var repeated = columns.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            return (null, s["The column “{0}” appears twice.", header[columns.IndexOf(repeated.Key)]]);
        }

        var rows = records.Skip(1)
            .Select((cells, i) => new CsvRow(i + 2, columns.Select((c, j) => (c!, j < cells.Length ? Unescape(cells[j]) : string.Empty)).ToDictionary(p => p.Item1, p => p.Item2)))
            .Where(r => r.Cells.Values.Any(v => v.Length > 0))
            .ToList();
        if (rows.Count > MaxRows)
        {
            return (null, s["The file has more than {0} rows; split it into smaller files.", MaxRows]);
        }

        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return (new CsvSheet(sha256, [.. columns.OfType<string>()], rows), null);
    }

    /// <summary>Takes off the apostrophe the export put before a cell that a spreadsheet would run as a formula.</summary>
    public static string Unescape(string cell) =>
        cell.Length >= 2 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;
}

/// <summary>One data row: its line number in the file (the header is row 1) and its cells by column key.</summary>
public sealed record CsvRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed cell, or null when the column is missing or the cell empty.</summary>
    public string? this[string column] => Cells.TryGetValue(column, out var value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    public bool Has(string column) => Cells.ContainsKey(column);
}
