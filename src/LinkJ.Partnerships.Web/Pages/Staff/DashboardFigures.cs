using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff;

/// <summary>
/// What the staff dashboard counts and lists for a day, read in one go: a dozen statements over every agreement
/// (about 0.3 s at 50,000), so the page keeps them in the read cache until the next write.
/// </summary>
public sealed record DashboardFigures(
    int Total, int Partners, int EcosystemAgreements, int EndingThisQuarter, int Countries, int InForce, int EndingSoonCount, int Ended, int Terminated,
    IReadOnlyList<AgreementSummary> EndingSoon, IReadOnlyList<AgreementSummary> RecentlyAdded, IReadOnlyList<AgreementSummary> Drawn)
{
    /// <summary>The dashboard lists the agreements that end first; the full list is one link away.</summary>
    public const int EndingSoonShown = 25;

    public const int RecentCount = 5;

    public static async Task<DashboardFigures> ReadAsync(RegistryDbContext db, DateOnly today, int endingSoonDays, CancellationToken cancellationToken)
    {
        var agreements = db.Agreements.AsNoTracking().Current();
        // Through the parties' index by organization: LINK-J's agreements, then everyone else on them.
        var home = await db.Organizations.Where(o => o.IsHome).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) ?? 0;
        var homeAgreements = db.AgreementParties.Where(p => p.OrganizationId == home && p.Agreement.ArchivedAt == null).Select(p => p.AgreementId);
        var partners = await db.AgreementParties.Where(p => p.OrganizationId != home && p.Organization.ArchivedAt == null && homeAgreements.Contains(p.AgreementId))
            .Select(p => p.OrganizationId).Distinct().CountAsync(cancellationToken);
        var total = await agreements.CountAsync(cancellationToken);
        var ecosystem = total - await homeAgreements.CountAsync(cancellationToken);
        var (first, last) = Agreements.AgreementSearch.QuarterOf(today);
        var endingThisQuarter = await agreements.Where(a => a.EndsOn >= first && a.EndsOn <= last).CountAsync(cancellationToken);
        var countries = (await db.PartnerCountriesAsync(cancellationToken)).Count;
        var inForce = await agreements.InForceOn(today).CountAsync(cancellationToken);
        var ended = await agreements.WhereStatus(AgreementStatus.Ended, today, endingSoonDays).CountAsync(cancellationToken);
        var terminated = await agreements.WhereStatus(AgreementStatus.Terminated, today, endingSoonDays).CountAsync(cancellationToken);
        var endingSoon = agreements.WhereStatus(AgreementStatus.EndingSoon, today, endingSoonDays);
        var endingSoonCount = await endingSoon.CountAsync(cancellationToken);
        var endingFirst = await endingSoon
            .OrderBy(a => a.EndsOn).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Take(EndingSoonShown)
            .SelectSummary().ToListAsync(cancellationToken);
        var recentlyAdded = await agreements.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(RecentCount)
            .SelectSummary().ToListAsync(cancellationToken);
        // Open-ended first, then the latest ends: what is in force or upcoming, then what ended most recently.
        var drawn = await agreements
            .OrderBy(a => a.EndsOn == null ? 0 : 1).ThenByDescending(a => a.EndsOn).ThenByDescending(a => a.EffectiveOn).ThenBy(a => a.Id)
            .Take(Timeline.MaxBars)
            .SelectSummary().ToListAsync(cancellationToken);
        return new DashboardFigures(total, partners, ecosystem, endingThisQuarter, countries, inForce, endingSoonCount, ended, terminated, endingFirst, recentlyAdded, drawn);
    }
}
