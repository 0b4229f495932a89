using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// Where the draft comes from: the publisher (the organization that announces), the headline (or, when there is none,
/// a title composed from the announcing sentence), the dateline's date, and an address: the page's own, one the text
/// labels as the source, or else the publisher's website from its "About" section.
/// </summary>
public static partial class SourceReader
{
    public static DraftSource Read(ReleaseDocument release, Announcement? announcement, IReadOnlyList<DraftParty> parties, Field<AgreementType> type, ImportContext context)
    {
        var publisherParty = announcement?.Subject is { } subject
            ? parties.FirstOrDefault(p => p.AsWritten == subject) ?? parties.FirstOrDefault()
            : parties.FirstOrDefault();
        var publisherName = publisherParty is null ? null
            : context.Organizations.FirstOrDefault(o => o.Slug == publisherParty.Slug)?.Display ?? publisherParty.AsWritten;
        var publisher = publisherName is null
            ? Field<string>.Missing("No announcing organization found.")
            : Field<string>.Found(publisherName, announcement?.Sentence ?? publisherParty!.Sentence, "The organization that announces the agreement.");

        return new DraftSource(publisher, Title(release, announcement, type), PublishedOn(release), Url(release, publisherParty, context));
    }

    private static Field<string> Title(ReleaseDocument release, Announcement? announcement, Field<AgreementType> type)
    {
        if (release.Headline is { } headline)
        {
            return Field<string>.Found(headline, headline);
        }

        if (announcement is { Subject: { } subject, Objects: [var partner, ..] } && type.Filled)
        {
            var title = release.IsJapanese
                ? $"{subject}、{partner}と{AgreementTypes.Label(type.Value, true)}を締結"
                : $"{subject} announces {Noun(type.Value)} with {partner}";
            return Field<string>.Found(title, announcement.Sentence, "The release has no headline; this title is composed from its announcing sentence.");
        }

        return Field<string>.Missing("The release has no headline.");
    }

    private static string Noun(AgreementType type) => type switch
    {
        AgreementType.Mou => "MOU",
        AgreementType.Moc => "MOC",
        _ => AgreementTypes.Label(type, false).ToLowerInvariant(),
    };

    private static Field<DateOnly> PublishedOn(ReleaseDocument release) =>
        release.Dateline?.Date is { } date
            ? Field<DateOnly>.Found(date, release.DatelineText!)
            : Field<DateOnly>.Missing("The release carries no date of its own.");

    private static Field<string> Url(ReleaseDocument release, DraftParty? publisher, ImportContext context)
    {
        if (release.OwnUrl is { } own)
        {
            return Field<string>.Found(own, own, "The page's own address.");
        }

        foreach (var paragraph in release.Paragraphs)
        {
            if (Labelled().Match(paragraph) is { Success: true } m)
            {
                return Field<string>.Found(Clean(m.Groups["url"].Value), paragraph);
            }
        }

        var known = context.Organizations.FirstOrDefault(o => o.Slug == publisher?.Slug);
        var publisherNames = new[] { publisher?.AsWritten, known?.Name, known?.ShortName, known?.LocalName }.OfType<string>().Select(OrganizationMatcher.Key).ToList();
        foreach (var (heading, paragraphs) in release.AboutSections())
        {
            var key = OrganizationMatcher.Key(heading);
            if (publisherNames.Any(n => n.Length > 0 && key.Contains(n, StringComparison.Ordinal)))
            {
                foreach (var paragraph in paragraphs)
                {
                    if (Address().Match(paragraph) is { Success: true } url)
                    {
                        return Field<string>.Found(Clean(url.Value), paragraph, "The publisher's website, from its \"About\" section; the release does not give its own address.");
                    }
                }
            }
        }

        return Field<string>.Missing("The release gives no address.");
    }

    private static string Clean(string url) => url.TrimEnd('.', ',', ')', '>', '）', '」');

    [GeneratedRegex(@"https?://[^\s<>()""「」（）]+")]
    private static partial Regex Address();

    [GeneratedRegex(@"^(?:Source|Original(?: release)?|URL|Read (?:the|this) release|Press release|出典|原文|リリース原文)\s*[:：]\s*<?(?<url>https?://[^\s<>()""「」（）]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();
}
