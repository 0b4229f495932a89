using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff.Agreements;

/// <summary>Whose agreements: LINK-J's own (the home organization is a party) or the wider ecosystem's.</summary>
public enum AgreementScope
{
    Home,
    Ecosystem,
}

public enum AgreementSort
{
    Effective,
    Title,
    Type,
    Parties,
    Ends,
    Status,
    Visibility,
}

/// <summary>
/// What staff asked for on /staff/agreements, bound from the query string so a search is a link that can be shared.
/// The page and its CSV export both run <see cref="Apply"/>, so the export holds exactly the rows the page lists.
/// </summary>
public sealed class AgreementSearch
{
    public const int QueryMaxLength = 200;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "type")]
    public AgreementType? Type { get; set; }

    [FromQuery(Name = "status")]
    public AgreementStatus? Status { get; set; }

    /// <summary>ISO alpha-2 code of a partner (a party other than the home organization).</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; set; }

    [FromQuery(Name = "visibility")]
    public Visibility? Visibility { get; set; }

    [FromQuery(Name = "from")]
    public int? FromYear { get; set; }

    [FromQuery(Name = "to")]
    public int? ToYear { get; set; }

    [FromQuery(Name = "scope")]
    public AgreementScope? Scope { get; set; }

    /// <summary>The first day no longer in force, as the list's "Ends" column shows it, on or after this day.</summary>
    [FromQuery(Name = "endsFrom")]
    public DateOnly? EndsFrom { get; set; }

    [FromQuery(Name = "endsTo")]
    public DateOnly? EndsTo { get; set; }

    /// <summary>Only agreements named by a data-quality finding; the page fills <see cref="FindingAgreementIds"/>.</summary>
    [FromQuery(Name = "findings")]
    public bool? WithFindings { get; set; }

    public IReadOnlyCollection<int>? FindingAgreementIds { get; set; }

    /// <summary>The archive instead of the current agreements: archived ones show only when asked for.</summary>
    [FromQuery(Name = "archived")]
    public bool? Archived { get; set; }

    [FromQuery(Name = "sort")]
    public AgreementSort Sort { get; set; }

    [FromQuery(Name = "dir")]
    public string? Direction { get; set; }

    /// <summary>Explicit "asc" or "desc"; without one, the latest effective date comes first and other columns ascend.</summary>
    public bool Descending => Direction is null ? Sort == AgreementSort.Effective : Direction == "desc";

    public bool HasCriteriaBesideWords => Type is not null || Status is not null || !string.IsNullOrEmpty(Country)
        || Visibility is not null || FromYear is not null || ToYear is not null || WithFindings == true
        || Scope is not null || EndsFrom is not null || EndsTo is not null || Archived == true;

    /// <summary>One string per distinct search, for keeping its result. The free text goes last, so no separator in it can make two searches look alike.</summary>
    public string Key => string.Join('|', Type, Status, Country?.ToUpperInvariant(), Visibility, FromYear, ToYear, WithFindings, Scope, EndsFrom, EndsTo, Archived, Sort, Descending, Query);

    /// <summary>Forgets a criterion that failed validation, so the rest of the search still runs.</summary>
    public void Drop(string key)
    {
        switch (key)
        {
            case "q": Query = null; break;
            case "type": Type = null; break;
            case "status": Status = null; break;
            case "country": Country = null; break;
            case "visibility": Visibility = null; break;
            case "from": FromYear = null; break;
            case "to": ToYear = null; break;
            case "findings": WithFindings = null; break;
            case "archived": Archived = null; break;
            case "scope": Scope = null; break;
            case "endsFrom": EndsFrom = null; break;
            case "endsTo": EndsTo = null; break;
            case "sort": Sort = AgreementSort.Effective; break;
            case "dir": Direction = null; break;
        }
    }

    /// <summary>The calendar quarter that holds <paramref name="day"/>, first and last day.</summary>
    public static (DateOnly First, DateOnly Last) QuarterOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    public IQueryable<Agreement> Apply(IQueryable<Agreement> agreements, DateOnly today, int endingSoonDays, IRegistryTextSearch search) =>
        Order(Filter(agreements, today, endingSoonDays, search), today, endingSoonDays);

    public IQueryable<Agreement> Filter(IQueryable<Agreement> agreements, DateOnly today, int endingSoonDays, IRegistryTextSearch search)
    {
        agreements = Archived == true ? agreements.Where(a => a.ArchivedAt != null) : agreements.Current();
        if (Matching(search) is { } matching)
        {
            agreements = agreements.Where(a => matching.Contains(a.Id));
        }

        if (WithFindings == true)
        {
            // One JSON parameter, not one per id: 50,000 synthetic agreements gave 35,000 ids, past SQLite's limit.
            var ids = (FindingAgreementIds ?? []).ToArray();
            agreements = agreements.Where(a => EF.Parameter(ids).Contains(a.Id));
        }

        if (Type is { } type)
        {
            agreements = agreements.Where(a => a.Type == type);
        }

        if (Status is { } status)
        {
            agreements = agreements.WhereStatus(status, today, endingSoonDays);
        }

        if (!string.IsNullOrEmpty(Country))
        {
            var country = Country.ToUpperInvariant();
            agreements = agreements.Where(a => a.Parties.Any(p => !p.Organization.IsHome && p.Organization.CountryCode == country));
        }

        if (Visibility is { } visibility)
        {
            agreements = agreements.Where(a => a.Visibility == visibility);
        }

        if (FromYear is { } from)
        {
            var first = new DateOnly(from, 1, 1);
            agreements = agreements.Where(a => a.EffectiveOn >= first);
        }

        if (ToYear is { } to)
        {
            var afterLast = new DateOnly(to, 12, 31).AddDays(1);
            agreements = agreements.Where(a => a.EffectiveOn < afterLast);
        }

        if (Scope is { } scope)
        {
            agreements = scope == AgreementScope.Home
                ? agreements.Where(a => a.Parties.Any(p => p.Organization.IsHome))
                : agreements.Where(a => !a.Parties.Any(p => p.Organization.IsHome));
        }

        if (EndsFrom is { } endsFrom)
        {
            agreements = agreements.Where(a => a.EndsOn >= endsFrom);
        }

        if (EndsTo is { } endsTo)
        {
            agreements = agreements.Where(a => a.EndsOn <= endsTo);
        }

        return agreements;
    }

    /// <summary>
    /// The ids of the agreements in which every word appears somewhere: the title, summary or notes, a party's name
    /// (short and local names too), or the name of a person who signed or spoke. Null when the query has no word.
    /// </summary>
    public IQueryable<int>? Matching(IRegistryTextSearch search) =>
        RegistryTextSearch.EveryWord(RegistryTextSearch.Words(Query), search.AgreementsMentioning);

    public IQueryable<Agreement> Order(IQueryable<Agreement> agreements, DateOnly today, int endingSoonDays)
    {
        var ordered = Sort switch
        {
            AgreementSort.Title => By(agreements, a => a.Title),
            AgreementSort.Type => By(agreements, a => a.Type),
            AgreementSort.Parties => By(agreements, a => a.Parties.Where(p => !p.Organization.IsHome).Select(p => p.Organization.Name).OrderBy(n => n).FirstOrDefault()),
            AgreementSort.Ends => By(agreements, a => a.EndsOn == null).ThenBy(a => a.EndsOn, Descending),
            AgreementSort.Status => By(agreements, AgreementQueries.StatusRankOn(today, endingSoonDays)),
            AgreementSort.Visibility => By(agreements, a => a.Visibility),
            _ => By(agreements, a => a.EffectiveOn),
        };
        return ordered.ThenBy(a => a.Title, Descending).ThenBy(a => a.Id, Descending);
    }

    private IOrderedQueryable<Agreement> By<TKey>(IQueryable<Agreement> agreements, System.Linq.Expressions.Expression<Func<Agreement, TKey>> key) =>
        Descending ? agreements.OrderByDescending(key) : agreements.OrderBy(key);
}

internal static class OrderingExtensions
{
    public static IOrderedQueryable<T> ThenBy<T, TKey>(this IOrderedQueryable<T> source, System.Linq.Expressions.Expression<Func<T, TKey>> key, bool descending) =>
        descending ? source.ThenByDescending(key) : source.ThenBy(key);
}
