using System.Globalization;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>Numbers as releases write them: digits (ASCII or full-width), English words, or kanji numerals.</summary>
public static class Numbers
{
    public const string CardinalWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-four|thirty|thirty-six|forty|fifty|sixty";

    public const string OrdinalWords =
        "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|"
        + "(?:twenty|thirty|forty|fifty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)";

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] UnitOrdinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty"];
    private static readonly string[] TenOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth"];

    /// <summary>Digits of any script ("１６", "16"), an English cardinal or ordinal word, or a kanji numeral; null otherwise.</summary>
    public static int? Parse(string text)
    {
        text = text.Trim().ToLowerInvariant();
        if (text.Length > 2 && char.IsDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th")
        {
            text = text[..^2];
        }

        if (text.Length > 0 && text.All(char.IsDigit))
        {
            return text.Length <= 6 ? text.Aggregate(0, (n, c) => (n * 10) + (int)char.GetNumericValue(c)) : null;
        }

        return Word(text) ?? Kanji(text);
    }

    private static int? Word(string text)
    {
        var parts = text.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            [var single] => UnitOf(single) ?? TensOf(single),
            [var high, var low] when TensOf(high) is { } tens && UnitOf(low) is { } unit and < 10 => tens + unit,
            _ => null,
        };
    }

    private static int? UnitOf(string word) => Find(Units, word) ?? Find(UnitOrdinals, word);

    private static int? TensOf(string word) => (Find(Tens, word) ?? Find(TenOrdinals, word)) is { } i ? i * 10 : null;

    private static int? Find(string[] words, string word) => Array.IndexOf(words, word) is var i and > 0 ? i : null;

    private static int? Kanji(string text)
    {
        const string digits = "〇一二三四五六七八九";
        if (text.Length == 0 || text.Any(c => digits.IndexOf(c, StringComparison.Ordinal) < 0 && c != '十'))
        {
            return null;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Aggregate(0, (n, c) => (n * 10) + digits.IndexOf(c, StringComparison.Ordinal));
        }

        var high = ten == 0 ? 1 : digits.IndexOf(text[ten - 1], StringComparison.Ordinal);
        var low = ten == text.Length - 1 ? 0 : digits.IndexOf(text[ten + 1], StringComparison.Ordinal);
        return (high * 10) + low;
    }

    public static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
