using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;

namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// The directory's read model: every listed partner with the dates and types of its public agreements, already
/// in each sort order. A page is a filter over one of those orders, so it costs no SQL (a text search costs one
/// statement per word, to find ids through the index). Built by <see cref="DirectoryReadModel"/> for one registry
/// version and never changed after; status is computed per request because "today" moves without a write.
/// </summary>
public sealed class DirectorySnapshot
{
    private readonly ConcurrentDictionary<string, ListedPartner[]> _byCountryName = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Code, string Name)>> _countryOptions = new();
    private readonly ConcurrentDictionary<string, RenderedOptions> _renderedCountryOptions = new();
    private readonly ConcurrentDictionary<DateOnly, int> _inForce = new();
    private readonly ConcurrentDictionary<(DirectorySort, string, string?, OrganizationKind?), ListedPartner[]> _subsets = new();
    // Only the home page asks these, so the directory's first page after a start or a write does not wait for them.
    private readonly Lazy<AgreementPeriod[]> _publicAgreements;
    private readonly Lazy<FrozenDictionary<int, ListedPartner[]>> _partnersOf;

    public DirectorySnapshot(long version, IEnumerable<ListedPartner> partners)
    {
        Version = version;
        ByName = partners.OrderBy(p => p.NormalizedName, StringComparer.Ordinal).ThenBy(p => p.Id).ToArray();
        ByFirstAgreement = ByName.OrderBy(p => p.FirstEffectiveOn).ToArray();
        Newest = ByName.OrderByDescending(p => p.FirstEffectiveOn).ToArray();
        Countries = ByName.Where(p => p.CountryCode is not null).Select(p => p.CountryCode!).Distinct().ToArray();
        _publicAgreements = new(() => ByName.SelectMany(p => p.Agreements).DistinctBy(a => a.AgreementId).Select(a => a.Period).ToArray());
        _partnersOf = new(() => ByName
            .SelectMany(p => p.Agreements.Select(a => (a.AgreementId, Partner: p)))
            .GroupBy(x => x.AgreementId, x => x.Partner)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray()));
    }

    /// <summary>The registry version (see <c>RegistryChanges</c>) this snapshot was read at.</summary>
    public long Version { get; }

    public IReadOnlyList<ListedPartner> ByName { get; }

    public IReadOnlyList<string> Countries { get; }

    /// <summary>The country filter's choices in the page's language, by name.</summary>
    public IReadOnlyList<(string Code, string Name)> CountryOptions => _countryOptions.GetOrAdd(CultureInfo.CurrentCulture.Name, _ =>
        Countries.Select(code => (code, Domain.Countries.NameOf(code))).OrderBy(c => c.Item2, StringComparer.CurrentCulture).ToList());

    /// <summary><see cref="CountryOptions"/> as HTML, written once per language.</summary>
    public RenderedOptions RenderedCountryOptions(HtmlEncoder encoder) =>
        _renderedCountryOptions.GetOrAdd(CultureInfo.CurrentCulture.Name, _ => new RenderedOptions(CountryOptions, encoder));

    /// <summary>Public agreements with a listed partner that are in force on the day; counted once a day.</summary>
    public int AgreementsInForceOn(DateOnly day) => _inForce.GetOrAdd(day, d => _publicAgreements.Value.Count(a => a.IsInForceOn(d)));

    /// <summary>The listed partners to a public agreement, by name; none for an agreement that is not public.</summary>
    public IReadOnlyList<ListedPartner> PartnersOf(int agreementId) =>
        _partnersOf.Value.TryGetValue(agreementId, out var partners) ? partners : [];

    private ListedPartner[] ByFirstAgreement { get; }

    private ListedPartner[] Newest { get; }

    public DirectoryPage Search(DirectoryQuery query, DateOnly today, IReadOnlySet<int>? textMatches)
    {
        var ordered = Ordered(query.Sort);
        if (query.Country is not null || query.Kind is not null)
        {
            // Country and kind never depend on the day, so each combination's partners are picked out once per
            // snapshot (at most three times the partners in all); the rest of the filters then walk only those.
            ordered = _subsets.GetOrAdd(
                (query.Sort, CultureInfo.CurrentCulture.Name, query.Country, query.Kind),
                key => ordered.Where(p => (key.Item3 is null || p.CountryCode == key.Item3) && (key.Item4 is null || p.Kind == key.Item4)).ToArray());
            query = query with { Country = null, Kind = null };
        }

        var filtered = query.Type is not null || query.Status is not null || textMatches is not null;
        bool Keep(ListedPartner p) => Matches(p, query, today, textMatches);

        // Two passes over the sorted partners instead of a list of the matches: at 10,000 partners that list
        // would land on the large object heap on every request.
        var count = filtered ? ordered.Count(Keep) : ordered.Count;
        var paging = Paging.For(query.Page, query.PageSize, count);
        var entries = new List<DirectoryEntry>(Math.Min(paging.PageSize, count));
        if (!filtered)
        {
            for (var i = paging.Skip; i < Math.Min(paging.Skip + paging.PageSize, count); i++)
            {
                entries.Add(ordered[i].EntryOn(today));
            }

            return new DirectoryPage(entries, paging);
        }

        var seen = 0;
        foreach (var partner in ordered)
        {
            if (entries.Count == paging.PageSize)
            {
                break;
            }

            if (Keep(partner) && seen++ >= paging.Skip)
            {
                entries.Add(partner.EntryOn(today));
            }
        }

        return new DirectoryPage(entries, paging);
    }

    /// <summary>Every partner the query's filters keep, in its sort order, unpaged (the public API's agreements).</summary>
    public IEnumerable<ListedPartner> Matching(DirectoryQuery query, DateOnly today, IReadOnlySet<int>? textMatches) =>
        Ordered(query.Sort).Where(p => Matches(p, query, today, textMatches));

    private static bool Matches(ListedPartner partner, DirectoryQuery query, DateOnly today, IReadOnlySet<int>? textMatches)
    {
        if ((query.Country is { } country && partner.CountryCode != country)
            || (query.Kind is { } kind && partner.Kind != kind)
            || (textMatches is not null && !textMatches.Contains(partner.Id)))
        {
            return false;
        }

        // Type and status apply to the same agreement: "in force" with "MOU" means an MOU in force now.
        // Plain loops: this runs for each of up to 10,000 partners per request, and lambdas here would allocate.
        bool anyOfType = false, inForce = false, ended = false;
        foreach (var agreement in partner.Agreements)
        {
            if (query.Type is { } type && agreement.Type != type)
            {
                continue;
            }

            anyOfType = true;
            inForce |= agreement.Period.IsInForceOn(today);
            ended |= agreement.Period.StatusOn(today).HasEnded();
        }

        return query.Status switch
        {
            DirectoryStatus.InForce => inForce,
            DirectoryStatus.Ended => ended && !inForce,
            _ => anyOfType,
        };
    }

    private IReadOnlyList<ListedPartner> Ordered(DirectorySort sort) => sort switch
    {
        DirectorySort.FirstAgreement => ByFirstAgreement,
        DirectorySort.Newest => Newest,
        DirectorySort.Country => _byCountryName.GetOrAdd(CultureInfo.CurrentCulture.Name, _ => ByCountryName()),
        _ => ByName,
    };

    /// <summary>
    /// Country order follows the names the page shows in its language, not the ISO codes (United Kingdom is "GB");
    /// partners without a country come last.
    /// </summary>
    private ListedPartner[] ByCountryName()
    {
        var names = StringComparer.CurrentCulture;
        return ByName
            .OrderBy(p => p.CountryCode is null)
            .ThenBy(p => p.CountryCode is null ? string.Empty : Domain.Countries.NameOf(p.CountryCode), names)
            .ToArray();
    }
}

/// <summary>A listed partner as the directory shows it, with the public agreements it is a party to.</summary>
public sealed record ListedPartner(
    int Id, string Slug, string Name, string NormalizedName, string? LocalName, string? CountryCode, OrganizationKind Kind,
    IReadOnlyList<PublicAgreementDates> Agreements)
{
    public DateOnly FirstEffectiveOn { get; } = Agreements.Min(a => a.Period.EffectiveOn);

    /// <summary>Each type once, in the order of <see cref="AgreementType"/>.</summary>
    public IReadOnlyList<AgreementType> Types { get; } = Agreements.Select(a => a.Type).Distinct().Order().ToArray();

    public DirectoryEntry EntryOn(DateOnly today)
    {
        // A loop rather than Any(lambda): this runs for every listed partner on every request, and a closure allocates.
        bool inForce = false, upcoming = false;
        for (var i = 0; i < Agreements.Count; i++)
        {
            inForce |= Agreements[i].Period.IsInForceOn(today);
            upcoming |= Agreements[i].Period.StatusOn(today) == AgreementStatus.Upcoming;
        }

        return new(Slug, Name, LocalName, CountryCode, Kind, Types, FirstEffectiveOn, inForce, upcoming);
    }
}

public readonly record struct PublicAgreementDates(int AgreementId, AgreementType Type, AgreementPeriod Period);
