using System.Text.RegularExpressions;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// The sentence that announces the agreement, split into who concludes it and with whom:
/// "X (…) has concluded an MOU … with Y (…)", "X Concludes MOU with Y", "X has announced a partnership with Y",
/// "an MOU between X and Y", 「X（…）は、Y（…）と…覚書を締結しました」「X、Yと…を締結」.
/// </summary>
public sealed partial record Announcement(string Sentence, string? Subject, IReadOnlyList<string> Objects, bool SubjectLeads)
{
    public static IEnumerable<Announcement> In(ReleaseDocument release)
    {
        if (release.Headline is { } headline && Read(headline) is { } fromHeadline)
        {
            yield return fromHeadline;
        }

        // The body's first announcing sentence; later ones tend to be history ("LINK-J has signed MOUs with …").
        if (release.Sentences.Where(s => s != release.Headline).Select(Read).FirstOrDefault(a => a is not null) is { } fromBody)
        {
            yield return fromBody;
        }
    }

    public static Announcement? Read(string sentence)
    {
        var flat = Parenthetical().Replace(sentence, string.Empty);
        if (Between().Match(flat) is { Success: true } between && English().IsMatch(flat))
        {
            return new Announcement(sentence, null, [Trim(between.Groups["a"].Value), Trim(between.Groups["b"].Value)], false);
        }

        if (English().Match(flat) is { Success: true } english)
        {
            var subject = Trim(LastClause(english.Groups["subject"].Value));
            if (With().Match(english.Groups["rest"].Value) is { Success: true } with)
            {
                var leads = Regex.IsMatch(english.Groups["verb"].Value, "^announce", RegexOptions.IgnoreCase)
                    && !Regex.IsMatch(english.Groups["rest"].Value, @"\b(?:conclude|sign)", RegexOptions.IgnoreCase);
                return new Announcement(sentence, subject, [Trim(with.Groups["object"].Value)], leads);
            }

            // "LINK-J and Kanagawa Prefecture Conclude MOU": the parties are the subject.
            if (Pair().Match(subject) is { Success: true } pair && Instrument().IsMatch(english.Groups["rest"].Value))
            {
                return new Announcement(sentence, null, [Trim(pair.Groups["a"].Value), Trim(pair.Groups["b"].Value)], false);
            }
        }

        if (Japanese().Match(flat) is { Success: true } japanese)
        {
            return new Announcement(sentence, Trim(japanese.Groups["subject"].Value), [Trim(japanese.Groups["object"].Value)], false);
        }

        return null;
    }

    /// <summary>The parenthetical that follows a name in the sentence ("(location: Paris, France; hereinafter "MPR")"), if any.</summary>
    public string? ParentheticalAfter(string name)
    {
        var index = Sentence.IndexOf(name, StringComparison.Ordinal);
        return index >= 0 && FollowingParenthetical().Match(Sentence[(index + name.Length)..]) is { Success: true } m ? m.Groups["inner"].Value : null;
    }

    private static string LastClause(string subject) =>
        subject.LastIndexOf(", ", StringComparison.Ordinal) is var i and >= 0 && i + 2 < subject.Length ? subject[(i + 2)..] : subject;

    private static string Trim(string name) => name.Trim().Trim(',', '、', '：', ':', '"', '“', '”', '「', '」').Trim();

    [GeneratedRegex(@"^(?<a>(?:the\s+)?[\p{Lu}\d][^,;]*?)\s+(?:and|&)\s+(?<b>(?:the\s+)?[\p{Lu}\d][^,;]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pair();

    [GeneratedRegex(@"\b(?:MOU|MoU|MOC|memorandum|agreement|partnership|letter of intent|joint statement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instrument();

    [GeneratedRegex(@"\s*[（(][^（()）]*[)）]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^\s*[（(](?<inner>[^（()）]*)[)）]")]
    private static partial Regex FollowingParenthetical();

    [GeneratedRegex(
        @"^(?<subject>.+?)\s+(?:has\s+|have\s+|had\s+|today\s+|officially\s+|formally\s+|jointly\s+)*(?<verb>conclude[sd]?|sign(?:ed|s)?|announce[sd]?|enter(?:ed|s)?\s+into|agree[sd]?|form(?:ed|s)?|launch(?:ed|es)?|establish(?:ed|es)?|partner(?:ed|s)?|join(?:ed|s)?\s+forces|renew(?:ed|s)?|exchange[sd]?)\b(?<rest>.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"\bwith\s+(?<object>(?:the\s+)?[\p{Lu}\d][^,;:.]*?)(?=\s*(?:[,;:]|\.(?:\s|$)|$|\s+(?:to|on|for|in order|aimed|that|which|regarding|concerning|under|as|at|from|and\s+(?:will|aims?|is)|towards?)\b))")]
    private static partial Regex With();

    [GeneratedRegex(@"\bbetween\s+(?<a>(?:the\s+)?\p{Lu}[^,;.]*?)\s+and\s+(?<b>(?:the\s+)?\p{Lu}[^,;.]*?)(?=\s*(?:[,;]|\.(?:\s|$)|$|\s+(?:to|on|for|aimed|that|which|was|were|is|has|have|will)\b))")]
    private static partial Regex Between();

    [GeneratedRegex(@"^(?<subject>[^、。は]+?)(?:は、|は|、)(?:[^。]*?、)?(?<object>[^、。]+?)(?:との間で|と)(?!して|とも)[^。]*?(?:締結|調印|署名|合意|提携|開始)")]
    private static partial Regex Japanese();
}
