using System.Globalization;
using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// The agreement's title, in the registry's form: "MOU on mutual cooperation between LINK-J and Medicen Paris Region".
/// The type, the headline's "on …" topic, and each party as the release writes it, without a legal form ("KK"),
/// and with "the" when the release mostly writes it so ("the Royal Danish Embassy").
/// </summary>
public static partial class TitleWriter
{
    public static Field<string> Write(ReleaseDocument release, Field<AgreementType> type, IReadOnlyList<DraftParty> parties)
    {
        if (!type.Filled || parties.Count < 2)
        {
            return Field<string>.Missing("A title needs the type and at least two parties.");
        }

        var evidence = release.Headline ?? parties[0].Sentence;
        if (release.IsJapanese)
        {
            var japanese = $"{string.Join("と", parties.Select(p => p.AsWritten))}の{AgreementTypes.Label(type.Value, true)}";
            return Field<string>.Found(japanese, evidence, "Composed from the type and the parties.");
        }

        var names = parties.Select(p => Display(release, p.AsWritten)).ToList();
        var joined = names.Count == 2 ? $"{names[0]} and {names[1]}" : $"{string.Join(", ", names[..^1])} and {names[^1]}";
        var title = $"{AgreementTypes.Label(type.Value, false)}{Topic(release.Headline)} between {joined}";
        return Field<string>.Found(title, evidence, "Composed from the type, the headline's topic and the parties.");
    }

    private static string Topic(string? headline) =>
        headline is not null && TopicPattern().Match(headline) is { Success: true } m
            ? " " + string.Join(' ', m.Groups["topic"].Value.Split(' ').Select(w => w.Any(char.IsLower) ? w.ToLower(CultureInfo.InvariantCulture) : w))
            : string.Empty;

    private static string Display(ReleaseDocument release, string asWritten)
    {
        var name = OrganizationMatcher.WithoutLegalForm(LeadingThe().Replace(asWritten, string.Empty));
        var text = release.Text;
        var all = Regex.Count(text, $@"(?<![\p{{L}}]){Regex.Escape(name)}(?![\p{{L}}])");
        var withThe = Regex.Count(text, $@"(?<![\p{{L}}])[Tt]he {Regex.Escape(name)}(?![\p{{L}}])");
        return withThe * 2 > all ? $"the {name}" : name;
    }

    [GeneratedRegex(@"(?:MOU|MoU|MOC|Memorandum of \w+|Agreement|Partnership|Letter of Intent)\s+(?<topic>(?:on|for|regarding|concerning)\s+[^()]+?)\s+with\b")]
    private static partial Regex TopicPattern();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();
}
