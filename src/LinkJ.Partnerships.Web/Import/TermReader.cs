using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// The term: "over the next five years", "for a period of three years", "a two-year MOU", "valid for 24 months",
/// 「期間は3年間」「今後5年間」. A span of the past ("over the past 10 years", 「過去5年間」) is history, not a term.
/// </summary>
public static partial class TermReader
{
    public static Field<DraftTerm> Read(IEnumerable<string> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (Until(sentence) is { } until)
            {
                return until;
            }

            foreach (var pattern in new[] { Future(), Period(), Adjective(), Japanese() })
            {
                foreach (Match m in pattern.Matches(sentence))
                {
                    if (Past().IsMatch(sentence[..m.Index]) && !pattern.Equals(Future()))
                    {
                        continue;
                    }

                    if (Numbers.Parse(m.Groups["n"].Value) is { } n and > 0 && Unit(m.Groups["unit"].Value) is { } unit
                        && Term.IsWithinLimits(n, unit) && (pattern.Equals(Future()) || pattern.Equals(Adjective()) || AboutTheAgreement().IsMatch(sentence)))
                    {
                        return Field<DraftTerm>.Found(new DraftTerm(n, unit), sentence, $"\"{m.Value.Trim()}\"");
                    }
                }
            }
        }

        return Field<DraftTerm>.Found(DraftTerm.NoneStated, string.Empty, "The release states no term; recorded as none stated (open-ended).");
    }

    /// <summary>"valid until March 31, 2025", 「2025年3月31日まで」: a fixed end date, which is the term's last day.</summary>
    private static Field<DraftTerm>? Until(string sentence)
    {
        foreach (var date in DateMention.FindAll(sentence))
        {
            var english = UntilWords().Match(sentence[..date.Index]);
            var japanese = sentence[date.End..].StartsWith("まで", StringComparison.Ordinal) && AboutTheAgreement().IsMatch(sentence);
            if (date.Date is { } last && (english.Success || japanese) && !Past().IsMatch(sentence))
            {
                // The registry's end date is the first day no longer in force (decision 003).
                return Field<DraftTerm>.Found(new DraftTerm(null, null, last.AddDays(1)), sentence, $"in force until {date.Text}, its last day");
            }
        }

        return null;
    }

    private static TermUnit? Unit(string unit) =>
        unit.StartsWith("year", StringComparison.OrdinalIgnoreCase) || unit.StartsWith('年') ? TermUnit.Years
        : unit.Length > 0 ? TermUnit.Months
        : null;

    private const string Number = @"(?<n>\d{1,3}|" + Numbers.CardinalWords + @")(?:\s*\(\d{1,3}\))?";

    [GeneratedRegex(@"\b(?:over|for|during|within|in)\s+the\s+(?:next|following|coming|first|initial)\s+" + Number + @"\s+(?<unit>years?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:for|of|is|be|lasts?|runs?|valid for|effective for|term of|period of)\s+(?:a\s+(?:period|term|duration)\s+of\s+|an?\s+initial\s+(?:period|term)\s+of\s+)?" + Number + @"\s+(?<unit>years?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b" + Number + @"[- ](?<unit>year|month)\s+(?:term|period|agreement|MOU|MoU|MOC|memorandum|partnership|collaboration|cooperation|program(?:me)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Adjective();

    [GeneratedRegex(@"\b(?:valid|effective|in (?:force|effect)|runs?|lasts?|continues?|remains? in (?:force|effect))\s+(?:until|through|till|to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UntilWords();

    [GeneratedRegex(@"(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?<unit>年間|か月間|ヶ月間|カ月間|ケ月間|ヵ月間|箇月間)")]
    private static partial Regex Japanese();

    [GeneratedRegex(@"\b(?:past|last|previous|ago|since|history|founded|established in)\b|過去|これまで|設立", RegexOptions.IgnoreCase)]
    private static partial Regex Past();

    [GeneratedRegex(@"\b(?:MOU|MoU|MOC|memorandum|agreement|partnership|collaboration|cooperation|cooperate|term|period|valid|effective|renew\w*)\b|期間|有効|今後|にわたり|協力|連携|覚書|協定", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheAgreement();
}
