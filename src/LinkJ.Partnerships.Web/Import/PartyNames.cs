namespace LinkJ.Partnerships.Web.Import;

/// <summary>
/// Every way the release may write a party (its registry names and the names the release itself used), and the
/// registry's other organizations, so a person's "of …" or "for …" resolves to the party they act for.
/// </summary>
public sealed class PartyNames
{
    private readonly List<(string Name, string Party, bool IsParty)> _names = [];

    public PartyNames(IReadOnlyList<DraftParty> parties, IReadOnlyList<KnownOrganization> organizations)
    {
        foreach (var party in parties)
        {
            var key = party.Slug ?? party.AsWritten;
            Add(party.AsWritten, key, true);
            if (party.Proposed?.ShortName.Value is { } shortName)
            {
                Add(shortName, key, true);
            }

            if (organizations.FirstOrDefault(o => o.Slug == party.Slug) is { } known)
            {
                AddAll(known, key, true);
            }
        }

        foreach (var organization in organizations.Where(o => parties.All(p => p.Slug != o.Slug)))
        {
            AddAll(organization, organization.Slug, false);
        }

        // Longer names first, so "Royal Danish Embassy in Tokyo" wins over "Royal Danish Embassy" at the same place.
        _names.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
    }

    /// <summary>The first party or organization written in <paramref name="text"/> at or after <paramref name="from"/>.</summary>
    public (int Index, string AsWritten, string Party, bool IsParty)? First(string text, int from = 0) =>
        All(text).Where(m => m.Index >= from).OrderBy(m => m.Index).Cast<(int, string, string, bool)?>().FirstOrDefault();

    /// <summary>The last party written before <paramref name="before"/>.</summary>
    public (int Index, string AsWritten, string Party, bool IsParty)? LastPartyBefore(string text, int before) =>
        All(text).Where(m => m.IsParty && m.Index < before).OrderByDescending(m => m.Index).Cast<(int, string, string, bool)?>().FirstOrDefault();

    public string? Resolve(string text) =>
        _names.FirstOrDefault(n => OrganizationMatcher.Key(n.Name) == OrganizationMatcher.Key(text)).Party;

    public bool IsParty(string key) => _names.Any(n => n.Party == key && n.IsParty);

    private IEnumerable<(int Index, string AsWritten, string Party, bool IsParty)> All(string text)
    {
        foreach (var (name, party, isParty) in _names)
        {
            var bare = name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            for (var i = text.IndexOf(bare, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(bare, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = i + bare.Length;
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1]) || text[i - 1] > '\u3000') && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || text[end] > '\u3000'))
                {
                    var withThe = i >= 4 && text[(i - 4)..i].Equals("the ", StringComparison.OrdinalIgnoreCase);
                    yield return withThe ? (i - 4, text.Substring(i - 4, bare.Length + 4), party, isParty) : (i, text.Substring(i, bare.Length), party, isParty);
                }
            }
        }
    }

    private void AddAll(KnownOrganization organization, string key, bool isParty)
    {
        Add(organization.Name, key, isParty);
        if (organization.ShortName is { } shortName)
        {
            Add(shortName, key, isParty);
        }

        if (organization.LocalName is { } localName)
        {
            Add(localName, key, isParty);
            Add(OrganizationMatcher.WithoutJapaneseLegalForm(localName), key, isParty);
        }
    }

    private void Add(string name, string party, bool isParty)
    {
        if (name.Length >= 2 && !_names.Any(n => n.Name == name && n.Party == party))
        {
            _names.Add((name, party, isParty));
        }
    }
}
