using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// The people: signatories are named in a photo caption ("A, President of X (left), and B, CEO of Y (right)") or a
/// signing sentence; representatives are quoted ("…,” said A, CEO of X"). A person's title is written
/// "title, organization" when the release says "title of/at organization"; "for organization" names only whom
/// they act for. A name in the boilerplate ("chairman of the board: …") adds a title to someone already named, never a person.
/// </summary>
public sealed partial class PeopleReader(ReleaseDocument release, PartyNames names, IReadOnlyList<DraftParty> parties, IReadOnlyList<KnownOrganization> organizations)
{
    private readonly List<Person> _people = [];
    private readonly List<(string Name, string Title, string? ActsFor, string? AsWritten, string Sentence)> _asides = [];

    private sealed class Person(string name, ParticipantRole role, string sentence)
    {
        public string Name { get; set; } = name;

        public ParticipantRole Role { get; set; } = role;

        public string Sentence { get; set; } = sentence;

        public string? Title { get; set; }

        public string? TitleSentence { get; set; }

        public string? ActsFor { get; set; }

        public string? ActsForAsWritten { get; set; }

        public string? ActsForSentence { get; set; }
    }

    public IReadOnlyList<DraftPerson> Read()
    {
        foreach (var paragraph in release.Body)
        {
            var caption = IsCaption(paragraph);
            foreach (var sentence in caption ? [paragraph] : release.Sentences.Where(paragraph.Contains))
            {
                ReadAsides(sentence);
                var role = caption || Signing().IsMatch(sentence) ? ParticipantRole.Signatory
                    : Speech().IsMatch(sentence) ? ParticipantRole.Representative
                    : (ParticipantRole?)null;
                if (role is { } r)
                {
                    ReadPeople(sentence, r);
                }
            }
        }

        foreach (var person in _people)
        {
            ApplyAside(person);
        }

        return [.. _people.Select(ToDraft)];
    }

    private DraftPerson ToDraft(Person person)
    {
        var title = person.Title is { } t
            ? Field<string>.Found(Ambassador(t, person.ActsFor), person.TitleSentence ?? person.Sentence)
            : Field<string>.Missing("No title is given with the name.");
        var actsFor = person.ActsFor is { } a
            ? Field<string>.Found(a, person.ActsForSentence ?? person.Sentence, names.IsParty(a) ? null : $"{a} is not a party to this agreement.")
            : Field<string>.Missing("The release does not say which party this person acts for.");
        return new DraftPerson(person.Name, person.Role, title, actsFor, person.Sentence);
    }

    /// <summary>"Ambassador to Japan" for an embassy of Denmark is written "Ambassador of Denmark to Japan".</summary>
    private string Ambassador(string title, string? actsFor)
    {
        if (!title.StartsWith("Ambassador to ", StringComparison.Ordinal) || actsFor is null)
        {
            return title;
        }

        var country = organizations.FirstOrDefault(o => o.Slug == actsFor)?.CountryCode
            ?? parties.FirstOrDefault(p => p.AsWritten == actsFor)?.Proposed?.CountryCode.Value;
        return country is not null && country != "JP" && Countries.All.TryGetValue(country, out var countryName)
            ? $"Ambassador of {countryName}{title["Ambassador".Length..]}"
            : title;
    }

    private static bool IsCaption(string paragraph) =>
        paragraph.Length <= 300 && !paragraph.Contains('“') && !paragraph.Contains('"') && !paragraph.Contains('「')
        && (Position().IsMatch(paragraph) || (paragraph[^1] is not ('.' or '。') && (TitledName().IsMatch(paragraph) || NameThenTitle().IsMatch(paragraph) || JapaneseTitled().IsMatch(paragraph))));

    private void ReadPeople(string sentence, ParticipantRole role)
    {
        foreach (Match m in NameThenTitle().Matches(sentence))
        {
            var name = m.Groups["name"].Value;
            if (!LooksLikePerson(name))
            {
                continue;
            }

            var rest = sentence[(m.Groups["rest"].Index)..];
            rest = rest[..Math.Max(0, IndexOfAny(rest, "“", "\"", "「"))];
            var (title, actsFor, asWritten) = TitleAndParty(rest);
            if (title is not null && TitleWord().IsMatch(title))
            {
                Add(name, role, sentence, title, actsFor, asWritten);
            }
        }

        foreach (Match m in TitledName().Matches(sentence))
        {
            var name = m.Groups["name"].Value;
            if (LooksLikePerson(name) || name.Contains('-', StringComparison.Ordinal))
            {
                var before = names.LastPartyBefore(sentence, m.Index) is { } p && m.Index - (p.Index + p.AsWritten.Length) is >= 0 and <= 3 ? p : default((int, string, string, bool)?);
                var title = m.Groups["title"].Value;
                Add(name, role, sentence, before is { } b ? $"{title}, {b.Item2}" : title, before?.Item3, before?.Item2);
            }
        }

        foreach (Match m in JapaneseTitled().Matches(sentence))
        {
            var before = names.LastPartyBefore(sentence, m.Index) is { } p && m.Index - (p.Index + p.AsWritten.Length) <= 2 ? p : default((int, string, string, bool)?);
            Add(m.Groups["name"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("　", string.Empty, StringComparison.Ordinal), role, sentence,
                before is { } b ? $"{m.Groups["title"].Value}, {b.Item2}" : m.Groups["title"].Value, before?.Item3, before?.Item2);
        }
    }

    /// <summary>"President and CEO of LINK-J (left)" → ("President and CEO, LINK-J", link-j).</summary>
    private (string? Title, string? ActsFor, string? AsWritten) TitleAndParty(string rest)
    {
        var end = IndexOfAny(rest, ", and ", " (", "(", ";");
        if (names.First(rest) is { } org && org.Index <= Math.Min(end, 160))
        {
            var head = rest[..org.Index];
            var sep = Separator().Match(head);
            if (sep.Success)
            {
                var title = head[..sep.Index].Trim();
                var keepsOrganization = !sep.Value.Trim().Equals("for", StringComparison.OrdinalIgnoreCase);
                return (keepsOrganization ? $"{title}, {org.AsWritten}" : title, org.Party, org.AsWritten);
            }
        }

        var plain = Terminator().Match(rest) is { Success: true } t ? rest[..t.Index] : rest;
        plain = plain[..Math.Min(plain.Length, end)].Trim().TrimEnd(',', '.');
        return (plain.Length is > 1 and <= 120 ? plain : null, null, null);
    }

    private void ReadAsides(string sentence)
    {
        foreach (Match m in Aside().Matches(sentence))
        {
            var title = m.Groups["title"].Value.Trim();
            if (TitleWord().IsMatch(title) && LooksLikePerson(m.Groups["name"].Value))
            {
                var party = names.LastPartyBefore(sentence, m.Index);
                _asides.Add((m.Groups["name"].Value, title, party?.Item3, party?.Item2, sentence));
            }
        }
    }

    /// <summary>A bare title ("Ambassador") gains the fuller one the release gives elsewhere ("Ambassador to Japan: …").</summary>
    private void ApplyAside(Person person)
    {
        foreach (var aside in _asides.Where(a => Key(a.Name) == Key(person.Name)))
        {
            if (aside.Name.Count(c => c == ' ') > person.Name.Count(c => c == ' '))
            {
                person.Name = aside.Name;
            }

            if (person.ActsFor is null && aside.ActsFor is not null)
            {
                (person.ActsFor, person.ActsForAsWritten, person.ActsForSentence) = (aside.ActsFor, aside.AsWritten, aside.Sentence);
            }

            if (person.Title is null || (!person.Title.Contains(',', StringComparison.Ordinal) && aside.Title.StartsWith(person.Title, StringComparison.OrdinalIgnoreCase) && aside.Title.Length > person.Title.Length))
            {
                (person.Title, person.TitleSentence) = (aside.Title, aside.Sentence);
            }
        }
    }

    private void Add(string name, ParticipantRole role, string sentence, string? title, string? actsFor, string? asWritten)
    {
        name = Honorific().Replace(name, string.Empty).Trim();
        var existing = _people.FirstOrDefault(p => Key(p.Name) == Key(name));
        if (existing is null)
        {
            _people.Add(new Person(name, role, sentence) { Title = title, TitleSentence = sentence, ActsFor = actsFor, ActsForAsWritten = asWritten, ActsForSentence = sentence });
            return;
        }

        if (name.Count(c => c == ' ') > existing.Name.Count(c => c == ' '))
        {
            existing.Name = name;
        }

        if (role == ParticipantRole.Signatory && existing.Role != ParticipantRole.Signatory)
        {
            (existing.Role, existing.Sentence) = (role, sentence);
        }

        if (existing.ActsFor is null && actsFor is not null)
        {
            (existing.ActsFor, existing.ActsForAsWritten, existing.ActsForSentence) = (actsFor, asWritten, sentence);
        }

        if (existing.Title is null || (title is not null && !existing.Title.Contains(',', StringComparison.Ordinal) && title.Contains(',', StringComparison.Ordinal)))
        {
            (existing.Title, existing.TitleSentence) = (title, sentence);
        }
    }

    private bool LooksLikePerson(string name) =>
        !NotAName().IsMatch(name) && names.Resolve(name) is null && KindWords.Of(name) is null;

    private static string Key(string name) => new([.. name.Where(char.IsLetter).Select(char.ToLowerInvariant)]);

    private static int IndexOfAny(string text, params string[] needles) =>
        needles.Select(n => text.IndexOf(n, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();

    private const string Name = @"\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*(?:\s+\p{Lu}\.)?(?:\s+(?:(?:van|von|de|der|den|da|di|du|la|le|bin)\s+)?\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*){1,3}";

    private const string Titles = "President|Vice President|Chairman|Chairperson|Chairwoman|Chair|CEO|COO|CFO|CTO|CSO|Director|Director General|Director-General|Minister|Ambassador|Governor|Mayor|Dean|Professor|Prof\\.|Dr\\.?|Consul General|Consul|Commissioner|Secretary General|Rector|Chancellor|Founder";

    [GeneratedRegex(@"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Mx|Sir|Dame)\.?\s+)?(?<name>" + Name + @"),\s+(?<rest>\S)")]
    private static partial Regex NameThenTitle();

    [GeneratedRegex(@"(?<![\p{L}])(?<title>(?:" + Titles + @")(?:\s+(?:and|&)\s+(?:" + Titles + @"))?)\s+(?<name>\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+|" + Name + @")(?=\s*(?:[,.;:(]|and\b|$))")]
    private static partial Regex TitledName();

    [GeneratedRegex(@"(?:^|[;,(（、]\s*)(?<title>[^;,:()（）：\d]{3,60}?)\s*[:：]\s*(?<name>" + Name + @")")]
    private static partial Regex Aside();

    [GeneratedRegex(@"(?<title>代表取締役社長|代表取締役会長|代表取締役|取締役社長|特命全権大使|副理事長|理事長|代表理事|専務理事|事務局長|執行役員|最高経営責任者|センター長|機構長|総領事|大使|公使|参事官|学長|総長|所長|院長|会長|社長|知事|市長|局長|部長|教授|CEO|代表)\s*(?:の)?\s*(?<name>[\p{IsCJKUnifiedIdeographs}々]{1,4}[ 　]?[\p{IsCJKUnifiedIdeographs}々]{1,4}|[\p{IsKatakana}ー]+(?:[・＝=][\p{IsKatakana}ー]+)+)(?:氏|様)?")]
    private static partial Regex JapaneseTitled();

    [GeneratedRegex(@"\b(?:of|for|at)\s+(?:the\s+)?$|,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+(?:said|says|explained|commented|added|stated|remarked|noted|highlighted|highlights|emphasi[sz]ed|has|had|will|who|offered|expressed|announced)\b|[“""”:;]|\.(?:\s|$)")]
    private static partial Regex Terminator();

    [GeneratedRegex(@"\b(?:President|Chair\w*|CEO|COO|CFO|CTO|CSO|Director|Head|Minister|Counsell?or|Ambassador|Governor|Mayor|Dean|Professor|Founder|Officer|Secretary|Advis[eo]r|Manager|Chief|Partner|Leader|Representative|Consul|Commissioner|Rector|Chancellor|Provost|Executive|Attach[eé]|Deputy|Vice|Trustee|Fellow|Scientist|Coordinator|Principal|Lead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"\((?:left|right|cent(?:er|re)|middle|front|back|from left)[^)]*\)|（(?:左|右|中央)[^）]*）|写真|^(?:左|右)[:：]|^(?:From left|From right|Left to right|L to R)\b|Photo:|Pictured", RegexOptions.IgnoreCase)]
    private static partial Regex Position();

    [GeneratedRegex(@"\b(?:signed by|signing|signed the|signatories|signatory|inked)\b|署名|調印", RegexOptions.IgnoreCase)]
    private static partial Regex Signing();

    [GeneratedRegex(@"[“”""「」]|\b(?:said|says|explained|commented|comments|added|stated|remarked|noted|highlighted|highlights|emphasi[sz]ed|remarks)\b|述べ|コメント|語っ|話し", RegexOptions.IgnoreCase)]
    private static partial Regex Speech();

    [GeneratedRegex(@"^(?:Dr|Prof|Professor|Mr|Ms|Mrs|Mx|Sir|Dame)\.?\s+")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^(?:The|This|That|These|Our|We|It|In|On|At|For|Through|With|By|As|Since|Moving|Building|Based|Together|Furthermore|Below|Website|About|Japan|Europe|North|South|East|West|Life|Science)\b|\b(?:Region|Embassy|Alliance|Ministry|University|Network|Inc|Ltd|Group|Association|Institute|Center|Centre|Cluster|Council|Foundation|Hospital|Prefecture|Agency|Office|Department|Company|Innovation|Health|Sciences?)\b")]
    private static partial Regex NotAName();
}
