using System.Globalization;
using System.Text;

namespace LinkJ.Partnerships.Web.Pages.Staff.Quality;

/// <summary>
/// When two organizations are probably one: the same name once case, accents, punctuation, spacing and legal forms are
/// set aside ("Matador Japan K.K." and "MATADOR JAPAN"), or the same Japanese name.
/// </summary>
public static class LikelyDuplicates
{
    // Legal forms and articles that do not tell two organizations apart, as whole words after punctuation is removed.
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal)
    {
        "THE", "INC", "INCORPORATED", "LTD", "LIMITED", "CO", "COMPANY", "CORP", "CORPORATION", "LLC", "LLP", "PLC",
        "GMBH", "AG", "SA", "SAS", "SARL", "BV", "NV", "AB", "AS", "KK", "KABUSHIKI", "KAISHA", "GK", "SPA", "SRL", "PTY",
    };

    // Japanese legal forms, written before or after the name.
    private static readonly string[] JapaneseForms =
    [
        "株式会社", "有限会社", "合同会社", "一般社団法人", "公益社団法人", "一般財団法人", "公益財団法人", "国立研究開発法人",
        "国立大学法人", "学校法人", "独立行政法人", "特定非営利活動法人", "（株）", "(株)",
    ];

    public static string Key(string name)
    {
        var folded = Fold(name);
        var key = string.Join(' ', Initialisms(folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => !Noise.Contains(w)));
        return key.Length > 0 ? key : folded;
    }

    /// <summary>Single letters in a row are one word, as they were before their dots went: "K K" is "KK", "U S A" is "USA".</summary>
    private static IEnumerable<string> Initialisms(string[] words)
    {
        var letters = new StringBuilder();
        foreach (var word in words)
        {
            if (word.Length == 1 && char.IsLetter(word[0]))
            {
                letters.Append(word);
                continue;
            }

            if (letters.Length > 0)
            {
                yield return letters.ToString();
                letters.Clear();
            }

            yield return word;
        }

        if (letters.Length > 0)
        {
            yield return letters.ToString();
        }
    }

    public static string? JapaneseKey(string? localName)
    {
        if (string.IsNullOrWhiteSpace(localName))
        {
            return null;
        }

        var name = localName.Normalize(NormalizationForm.FormKC);
        foreach (var form in JapaneseForms)
        {
            name = name.Replace(form.Normalize(NormalizationForm.FormKC), string.Empty, StringComparison.Ordinal);
        }

        var key = Fold(name).Replace(" ", string.Empty, StringComparison.Ordinal);
        return key.Length > 0 ? key : null;
    }

    /// <summary>
    /// Upper case, full-width to half-width, accents off Latin letters (not the voicing marks of kana: デ is not テ),
    /// and anything but letters and digits a space.
    /// </summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (folded.Length == 0 || folded[^1] >= '\u0250')
                {
                    folded.Append(c);
                }

                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
        }

        var composed = folded.ToString().Normalize(NormalizationForm.FormKC);
        return string.Join(' ', composed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
