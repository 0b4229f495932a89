using System.Globalization;
using LinkJ.Partnerships.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Pages.Admin.Import;

/// <summary>
/// The export writes headers and labels in the reader's language; an import reads either language back, and the
/// English key or enum name as well, so a file exported by a Japanese-speaking colleague imports for anyone.
/// </summary>
public static class CsvLabels
{
    /// <summary>The column key a header names, or null.</summary>
    public static string? Column(IStringLocalizer s, IEnumerable<string> known, string header) =>
        known.FirstOrDefault(key => InEveryLanguage(s, key).Any(label => Same(label, header)));

    /// <summary>The enum value a cell names by its label in either language or by its own name.</summary>
    public static bool TryParse<T>(IStringLocalizer s, string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Same(candidate.ToString(), text) || InEveryLanguage(s, candidate).Any(label => Same(label, text)))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IEnumerable<string> InEveryLanguage(IStringLocalizer s, Enum value) => Languages.Supported.Select(c => In(c, () => s.Label(value)));

    public static IEnumerable<string> InEveryLanguage(IStringLocalizer s, string key) => Languages.Supported.Select(c => In(c, () => s[key].Value)).Append(key);

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string In(CultureInfo culture, Func<string> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
