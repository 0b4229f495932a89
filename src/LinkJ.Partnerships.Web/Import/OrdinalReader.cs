using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// The partner ordinal: "the 16th cooperation partner", "its fifteenth partner organization", 「16番目の連携先」,
/// 「16団体目」. A count ("cooperating with 16 organizations") is not an ordinal and is not read as one.
/// </summary>
public static partial class OrdinalReader
{
    public static Field<int> Read(IEnumerable<string> sentences)
    {
        foreach (var sentence in sentences)
        {
            var m = English().Match(sentence);
            if (!m.Success)
            {
                m = Japanese().Match(sentence);
            }

            if (m.Success && Numbers.Parse(m.Groups["n"].Value) is { } n and > 0 and < 1000)
            {
                return Field<int>.Found(n, sentence, $"\"{m.Value.Trim()}\"");
            }
        }

        return Field<int>.Missing("No partner ordinal (\"the 16th partner\", 「16番目」) in the release.");
    }

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:st|nd|rd|th)|" + Numbers.OrdinalWords + @")\s+(?:[\w-]+\s+){0,2}(?:partner|partners|partner organi[sz]ation|organi[sz]ation|institution|member|collaborator|ally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:番目|団体目|機関目|件目|例目|カ国目|か国目)")]
    private static partial Regex Japanese();
}
