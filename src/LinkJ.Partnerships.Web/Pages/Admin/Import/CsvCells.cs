using System.Globalization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Import;

/// <summary>Cell values as the export writes them: invariant numbers, ISO dates, lists joined by "; ".</summary>
public static class CsvCells
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"];

    public static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>ISO dates, and the yyyy/m/d a spreadsheet may turn them into.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static IReadOnlyList<string> List(string? text) =>
        (text ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
