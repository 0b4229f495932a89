using System.Text.RegularExpressions;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// The parties: who concludes the agreement with whom, in the headline and in the body's announcing sentence.
/// Each is matched to a known organization, or proposed as a new one with the short name, place and kind the
/// release gives ("(location: Paris, France; hereinafter "MPR")", "MPR is a business cluster").
/// </summary>
public sealed partial class PartyReader(ReleaseDocument release, OrganizationMatcher matcher)
{
    public IReadOnlyList<DraftParty> Read(IReadOnlyList<Announcement> announcements)
    {
        var parties = new List<DraftParty>();
        foreach (var announcement in announcements)
        {
            var names = announcement.Subject is { } s ? announcement.Objects.Prepend(s) : announcement.Objects;
            foreach (var (name, index) in names.Select((n, i) => (n, i)))
            {
                if (name.Length < 2 || name.Length > 120)
                {
                    continue;
                }

                var lead = index == 0 && announcement.Subject is not null && announcement.SubjectLeads;
                var party = Party(name, announcement, lead ? PartyRole.Lead : PartyRole.Party);
                var existing = parties.FindIndex(p => Same(p, party));
                if (existing < 0)
                {
                    parties.Add(party);
                }
                else if (parties[existing].Proposed is not null && party.Proposed is not null)
                {
                    parties[existing] = Merge(parties[existing], party);
                }
            }

            if (parties.Count >= 2 && parties.All(p => p.Slug is not null))
            {
                break;
            }
        }

        return parties;
    }

    private static bool Same(DraftParty a, DraftParty b) =>
        (a.Slug is not null && a.Slug == b.Slug)
        || (a.Slug is null && b.Slug is null && (OrganizationMatcher.Key(a.AsWritten) == OrganizationMatcher.Key(b.AsWritten)
            || a.Proposed?.ShortName.Value is { } sa && OrganizationMatcher.Key(sa) == OrganizationMatcher.Key(b.AsWritten)
            || b.Proposed?.ShortName.Value is { } sb && OrganizationMatcher.Key(sb) == OrganizationMatcher.Key(a.AsWritten)));

    /// <summary>The body's sentence usually says more (short name, place) than the headline; keep what each has.</summary>
    private static DraftParty Merge(DraftParty first, DraftParty second)
    {
        var (a, b) = (first.Proposed!, second.Proposed!);
        var longer = second.AsWritten.Length > first.AsWritten.Length ? second : first;
        return longer with
        {
            Role = first.Role,
            Proposed = new ProposedOrganization(
                longer.Proposed!.Name,
                a.ShortName.Filled ? a.ShortName : b.ShortName,
                a.CountryCode.Filled ? a.CountryCode : b.CountryCode,
                a.City.Filled ? a.City : b.City,
                a.Kind.Filled ? a.Kind : b.Kind),
        };
    }

    private DraftParty Party(string name, Announcement announcement, PartyRole role)
    {
        var aside = announcement.ParentheticalAfter(name);
        var shortName = aside is not null && ShortName().Match(aside) is { Success: true } sm ? sm.Groups["short"].Value.Trim() : null;
        var match = matcher.Match(name) ?? (shortName is null ? null : matcher.Match(shortName));
        if (match is { } found)
        {
            return new DraftParty(name, found.Organization.Slug, found.MatchedBy, role, announcement.Sentence, null);
        }

        var (city, country) = aside is not null && Location().Match(aside) is { Success: true } lm ? Places.Read(lm.Groups["place"].Value) : (null, null);
        var proposed = new ProposedOrganization(
            name,
            shortName is null ? Field<string>.Missing("No short name given.") : Field<string>.Found(shortName, announcement.Sentence),
            country is null ? Field<string>.Missing("The release does not say where it is.") : Field<string>.Found(country, announcement.Sentence),
            city is null ? Field<string>.Missing("No city given.") : Field<string>.Found(city, announcement.Sentence),
            Kind(name, shortName));
        return new DraftParty(name, null, null, role, announcement.Sentence, proposed);
    }

    private Field<OrganizationKind> Kind(string name, string? shortName)
    {
        if (KindWords.Of(name) is { } byName)
        {
            return Field<OrganizationKind>.Found(byName, name, "from its name");
        }

        var names = new[] { name, shortName }.OfType<string>().Select(Regex.Escape);
        var isA = new Regex($@"(?:^|\b)(?:{string.Join('|', names)})\s*(?:is|was|,)\s+(?:an?|the|one of)\s+(?<what>[^.,;]{{3,80}})|(?:{string.Join('|', names)})は[^。]{{0,60}}?(?<what>[^。、]{{2,20}})(?:です|である)");
        foreach (var sentence in release.Paragraphs.SelectMany(p => p.Split(". ")))
        {
            if (isA.Match(sentence) is { Success: true } m && KindWords.Of(m.Groups["what"].Value) is { } kind)
            {
                return Field<OrganizationKind>.Found(kind, sentence.Trim());
            }
        }

        return Field<OrganizationKind>.Missing("The release does not say what kind of organization it is.");
    }

    [GeneratedRegex(@"(?:hereinafter|hereafter|以下)\s*(?:referred to as\s*)?[:：、,]?\s*[""“「']?(?<short>[^""”」';；)）]{1,30})|^\s*(?<short>[\p{Lu}][\p{Lu}\d&\-]{1,11})\s*$")]
    private static partial Regex ShortName();

    [GeneratedRegex(@"(?:location|located in|based in|headquarters|head office|HQ|所在地|本部|本社)\s*[:：]?\s*(?<place>[^;；)）]+?)(?=[、,]\s*以下|[;；)）]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Location();
}
