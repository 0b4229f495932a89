using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>
/// Which rows contain a word, as ids for a query to filter on. The one place text search lives, so that each
/// database answers it its own way (<see cref="IRegistryDatabase.TextSearch"/>): SQLite from FTS5 indexes, PostgreSQL from pg_trgm ones.
/// </summary>
public interface IRegistryTextSearch
{
    /// <summary>Organizations whose name, short name or local name contains the word.</summary>
    IQueryable<int> Organizations(string word);

    /// <summary>Agreements whose title, summary or notes contain the word.</summary>
    IQueryable<int> Agreements(string word);

    /// <summary>Agreements whose title contains the word.</summary>
    IQueryable<int> AgreementTitles(string word);

    /// <summary>People whose name or local name contains the word.</summary>
    IQueryable<int> People(string word);

    /// <summary>Agreements whose own text, a party's name or a signatory's or speaker's name contains the word.</summary>
    IQueryable<int> AgreementsMentioning(string word);
}

public static class RegistryTextSearch
{
    public static IRegistryTextSearch For(RegistryDbContext db) => RegistryDatabase.Of(db).TextSearch(db);

    /// <summary>
    /// The words of a query, each once. Control characters never help a search, and a NUL breaks SQLite's query
    /// parser: they separate words, as white space does.
    /// </summary>
    public static IReadOnlyList<string> Words(string? query) =>
        new string((query ?? string.Empty).Select(c => char.IsControl(c) ? ' ' : c).ToArray())
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The one rule of a search by words, every word must match: the ids that <paramref name="find"/> finds for each
    /// word, or null when there is no word to search for. The finder is the only part that differs between searches
    /// (an agreement's text and people, or the directory's names and public titles).
    /// </summary>
    /// <remarks>
    /// The words' lists are intersected in one statement (INTERSECT). Keeping the first list's ids that are in the next
    /// (<c>Where(id =&gt; next.Contains(id))</c>) is an EXISTS that runs the next word's whole search once per match
    /// (decision 012). One word's ids may come more than once (an agreement whose title and party both match):
    /// every caller asks whether an id is among them, and the database's DISTINCT cost a quarter of a common word's
    /// statement on PostgreSQL (0.25 of 1 ms at 50,000 agreements).
    /// </remarks>
    public static IQueryable<int>? EveryWord(IEnumerable<string> words, Func<string, IQueryable<int>> find)
    {
        var each = words.Select(find).ToList();
        return each.Count == 0 ? null : each.Skip(1).Aggregate(each[0], (found, next) => found.Intersect(next));
    }

    /// <summary>The organizations one of whose names contains each word of the query.</summary>
    public static IQueryable<Domain.Organization> NamingEveryWord(this IRegistryTextSearch search, IQueryable<Domain.Organization> organizations, string query) =>
        EveryWord(Words(query), search.Organizations) is { } ids ? organizations.Where(o => ids.Contains(o.Id)) : organizations;

    /// <summary>The agreements whose own text, a party's name or a signatory's or speaker's name contains each word of the query.</summary>
    public static IQueryable<Domain.Agreement> MentioningEveryWord(this IRegistryTextSearch search, IQueryable<Domain.Agreement> agreements, string query) =>
        EveryWord(Words(query), search.AgreementsMentioning) is { } ids ? agreements.Where(a => ids.Contains(a.Id)) : agreements;

    /// <summary>The people whose name or local name contains each word of the query.</summary>
    public static IQueryable<Domain.Person> NamingEveryWord(this IRegistryTextSearch search, IQueryable<Domain.Person> people, string query) =>
        EveryWord(Words(query), search.People) is { } ids ? people.Where(p => ids.Contains(p.Id)) : people;

    /// <summary>
    /// One list of ids (a UNION ALL), so the database looks up the matching agreements instead of testing every
    /// agreement against three conditions.
    /// </summary>
    internal static IQueryable<int> Mentioning(IRegistryTextSearch search, RegistryDbContext db, string word)
    {
        var organizations = search.Organizations(word);
        var people = search.People(word);
        return search.Agreements(word)
            .Concat(db.AgreementParties.Where(p => organizations.Contains(p.OrganizationId)).Select(p => p.AgreementId))
            .Concat(db.AgreementParticipants.Where(p => people.Contains(p.PersonId)).Select(p => p.AgreementId));
    }
}
