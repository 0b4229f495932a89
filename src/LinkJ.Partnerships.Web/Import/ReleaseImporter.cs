namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// Reads a press release into a draft agreement, offline and deterministically: the same text and registry give
/// the same draft. Each reader lives in its own file; this one only puts them in order.
/// </summary>
public static class ReleaseImporter
{
    public static ReleaseDraft Import(ReleaseDocument release, ImportContext context)
    {
        var announcements = Announcement.In(release).ToList();
        var matcher = new OrganizationMatcher(context.Organizations);
        var parties = new PartyReader(release, matcher).Read(announcements);
        var names = new PartyNames(parties, context.Organizations);
        var type = Type(release, announcements);
        var ordinal = OrdinalReader.Read(release.Sentences);
        var effective = EffectiveDateReader.Read(release, ordinal, context);
        return new ReleaseDraft(
            release.IsJapanese ? "ja" : "en",
            type,
            TitleWriter.Write(release, type, parties),
            parties,
            new PeopleReader(release, names, parties, context.Organizations).Read(),
            effective.On,
            effective.AsStated,
            effective.Inferred,
            TermReader.Read(release.Sentences),
            ordinal,
            SourceReader.Read(release, announcements.FirstOrDefault(), parties, type, context));
    }

    private static Field<Domain.AgreementType> Type(ReleaseDocument release, IReadOnlyList<Announcement> announcements)
    {
        var places = (release.Headline is { } h ? new[] { h } : []).Concat(announcements.Select(a => a.Sentence)).Concat(release.Sentences);
        foreach (var text in places)
        {
            if (AgreementTypes.In(text) is { } type)
            {
                return Field<Domain.AgreementType>.Found(type, text);
            }
        }

        return Field<Domain.AgreementType>.Missing("The release names no MOU, MOC, partnership or other instrument.");
    }
}
