using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// A date as a release writes it: "February 5, 2020", "November 20th", "5 February 2020", "2023-06-14",
/// "2020年11月20日", "令和2年11月20日", "11月20日". <see cref="Year"/> is null when the text gives none.
/// </summary>
public sealed partial record DateMention(int Index, string Text, int? Year, int Month, int Day)
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public int End => Index + Text.Length;

    public DateOnly? On(int year) => Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;

    public DateOnly? Date => Year is { } y ? On(y) : null;

    public static IEnumerable<DateMention> FindAll(string text)
    {
        foreach (Match m in AnyDate().Matches(text))
        {
            if (Read(m) is { } mention)
            {
                yield return mention;
            }
        }
    }

    private static DateMention? Read(Match m)
    {
        int? year = m.Groups["year"].Success ? Numbers.Parse(m.Groups["year"].Value)
            : m.Groups["era"].Success ? EraYear(m.Groups["era"].Value, m.Groups["eyear"].Value)
            : null;
        var month = m.Groups["mname"].Success
            ? Array.IndexOf(MonthNames, m.Groups["mname"].Value[..3].ToLowerInvariant()) + 1
            : Numbers.Parse(m.Groups["month"].Value) ?? 0;
        var day = Numbers.Parse(m.Groups["day"].Value) ?? 0;
        var valid = month is >= 1 and <= 12 && day is >= 1 and <= 31 && (year is null or (>= 1900 and <= 2100));
        return valid ? new DateMention(m.Index, m.Value.Trim(), year, month, day) : null;
    }

    private static int? EraYear(string era, string year)
    {
        var n = year == "元" ? 1 : Numbers.Parse(year);
        return n is null ? null : era switch
        {
            "令和" => 2018 + n,
            "平成" => 1988 + n,
            _ => null,
        };
    }

    private const string MonthPattern = "(?<mname>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    [GeneratedRegex(
        @"(?<![\w])" + MonthPattern + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(?<year>\d{4})\b)?"
        + @"|(?<![\w])(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthPattern + @"\b(?:,?\s*(?<year>\d{4})\b)?"
        + @"|(?<!\d)(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?!\d)"
        + @"|(?:(?<year>\d{4})\s*年|(?<era>令和|平成)\s*(?<eyear>\d{1,2}|元)\s*年)?\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日")]
    private static partial Regex AnyDate();
}
