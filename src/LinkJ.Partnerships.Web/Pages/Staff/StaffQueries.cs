using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff;

/// <summary>The projection every staff list uses, so the lists read alike.</summary>
public static class StaffQueries
{
    /// <summary>
    /// Split in two statements by EF (agreements, then their parties joined to the same query): as one statement
    /// SQLite cannot flatten the parties' join under the LEFT JOIN and joins every party of every agreement first.
    /// </summary>
    public static IQueryable<AgreementSummary> SelectSummary(this IQueryable<Agreement> agreements) =>
        agreements.AsSplitQuery().Select(a => new AgreementSummary(
            a.Id,
            a.Title,
            a.Type,
            a.Visibility,
            a.EffectiveOn,
            a.EndsOn,
            a.Parties
                .OrderBy(p => p.Organization.IsHome).ThenBy(p => p.Organization.Name)
                .Select(p => new PartyName(p.OrganizationId, p.Organization.Name, p.Organization.LocalName, p.Organization.CountryCode, p.Organization.IsHome))
                .ToList())
        {
            Terminated = a.TerminatedOn != null,
            Archived = a.ArchivedAt != null,
        });

    /// <summary>
    /// The countries partners are in (organizations other than the home one, with an agreement). Grouped the plain
    /// way, SQLite reads the country index's entry for every organization, so the cost grows with the registry; this
    /// hops from one country to the next through that index instead (a loose index scan: one lookup per country) and
    /// asks each country for one partner with an agreement.
    /// Standard SQL over EF's quoted names, run as it is on both databases. Written with LINQ's Distinct, EF moves the
    /// test inside and SQLite compares every organization with every other in its country. The per-country test is a
    /// scalar subquery with LIMIT 1, not EXISTS: PostgreSQL turns that EXISTS into a join of every organization with
    /// every party (50 ms at 50,000 agreements, against 5 ms this way); SQLite runs both alike.
    /// </summary>
    public static Task<List<string>> PartnerCountriesAsync(this RegistryDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>(PartnerCountriesSql).ToListAsync(cancellationToken);

    private const string PartnerCountriesSql = """
        WITH RECURSIVE "Country"("Code") AS (
            SELECT MIN("CountryCode") FROM "Organizations" WHERE "CountryCode" IS NOT NULL
            UNION ALL
            SELECT (SELECT MIN("CountryCode") FROM "Organizations" WHERE "CountryCode" > "Country"."Code")
            FROM "Country" WHERE "Country"."Code" IS NOT NULL)
        SELECT "Code" AS "Value" FROM "Country"
        WHERE "Code" IS NOT NULL AND (
            SELECT 1 FROM "Organizations" AS "o"
            WHERE "o"."CountryCode" = "Country"."Code" AND NOT "o"."IsHome"
                AND "o"."ArchivedAt" IS NULL
                AND EXISTS (SELECT 1 FROM "AgreementParties" AS "p" WHERE "p"."OrganizationId" = "o"."Id")
            LIMIT 1) IS NOT NULL
        """;

    /// <summary>
    /// The same summaries for one page of a list: the page's agreements, then their parties by id, so an expensive
    /// filter such as a text search runs once, not again for the parties as in <see cref="SelectSummary"/>.
    /// Only for pages: the ids become parameters.
    /// </summary>
    public static async Task<IReadOnlyList<AgreementSummary>> ToSummaryPageAsync(this IQueryable<Agreement> page, RegistryDbContext db, CancellationToken cancellationToken)
    {
        var agreements = await page
            .Select(a => new { a.Id, a.Title, a.Type, a.Visibility, a.EffectiveOn, a.EndsOn, Terminated = a.TerminatedOn != null, Archived = a.ArchivedAt != null })
            .ToListAsync(cancellationToken);
        var parties = await db.PartiesOfAsync(agreements.Select(a => a.Id).ToList(), cancellationToken);
        return agreements
            .Select(a => new AgreementSummary(a.Id, a.Title, a.Type, a.Visibility, a.EffectiveOn, a.EndsOn, parties[a.Id].ToList()) { Terminated = a.Terminated, Archived = a.Archived })
            .ToList();
    }

    /// <summary>The parties of the given agreements by agreement, the home organization last, then by name.</summary>
    public static async Task<ILookup<int, PartyName>> PartiesOfAsync(this RegistryDbContext db, IReadOnlyCollection<int> agreementIds, CancellationToken cancellationToken) =>
        (await db.AgreementParties.AsNoTracking()
            .Where(p => agreementIds.Contains(p.AgreementId))
            .OrderBy(p => p.AgreementId).ThenBy(p => p.Organization.IsHome).ThenBy(p => p.Organization.Name).ThenBy(p => p.OrganizationId)
            .Select(p => new { p.AgreementId, Party = new PartyName(p.OrganizationId, p.Organization.Name, p.Organization.LocalName, p.Organization.CountryCode, p.Organization.IsHome) })
            .ToListAsync(cancellationToken))
        .ToLookup(p => p.AgreementId, p => p.Party);
}
