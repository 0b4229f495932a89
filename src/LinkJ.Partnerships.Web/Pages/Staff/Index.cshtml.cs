using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Staff;

/// <summary>The staff dashboard: where the registry stands today, what ends soon, what is new.</summary>
public sealed class IndexModel(RegistryDbContext db, RegistryClock clock, Quality.DataQualityChecks checks, Infrastructure.Caching.RegistryReadCache cache) : PageModel
{
    public const int RecentCount = 5;

    /// <summary>The dashboard lists the agreements that end first; the full list is one link away.</summary>
    public const int EndingSoonShown = 25;

    public DateOnly Today { get; private set; }

    public int EndingSoonDays { get; private set; }

    /// <summary>Organizations with an agreement with LINK-J (the home organization).</summary>
    public int Partners { get; private set; }

    /// <summary>Agreements between other members of the ecosystem, without LINK-J.</summary>
    public int EcosystemAgreements { get; private set; }

    public int EndingThisQuarter { get; private set; }

    public (DateOnly First, DateOnly Last) Quarter { get; private set; }

    public int Countries { get; private set; }

    public int InForce { get; private set; }

    public int EndingSoonCount { get; private set; }

    public int Ended { get; private set; }

    public int Terminated { get; private set; }

    public int Findings { get; private set; }

    public IReadOnlyList<AgreementSummary> EndingSoon { get; private set; } = [];

    public IReadOnlyList<AgreementSummary> RecentlyAdded { get; private set; } = [];

    public Timeline Timeline { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        EndingSoonDays = clock.EndingSoonDays;
        var agreements = db.Agreements.AsNoTracking().Current();
        // Through the parties' index by organization: LINK-J's agreements, then everyone else on them.
        var home = await db.Organizations.Where(o => o.IsHome).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) ?? 0;
        var homeAgreements = db.AgreementParties.Where(p => p.OrganizationId == home && p.Agreement.ArchivedAt == null).Select(p => p.AgreementId);
        Partners = await db.AgreementParties.Where(p => p.OrganizationId != home && p.Organization.ArchivedAt == null && homeAgreements.Contains(p.AgreementId))
            .Select(p => p.OrganizationId).Distinct().CountAsync(cancellationToken);
        var total = await agreements.CountAsync(cancellationToken);
        EcosystemAgreements = total - await homeAgreements.CountAsync(cancellationToken);
        Quarter = Agreements.AgreementSearch.QuarterOf(Today);
        var (first, last) = Quarter;
        EndingThisQuarter = await agreements.Where(a => a.EndsOn >= first && a.EndsOn <= last).CountAsync(cancellationToken);
        Countries = (await db.PartnerCountriesAsync(cancellationToken)).Count;
        InForce = await agreements.InForceOn(Today).CountAsync(cancellationToken);
        Ended = await agreements.WhereStatus(AgreementStatus.Ended, Today, EndingSoonDays).CountAsync(cancellationToken);
        Terminated = await agreements.WhereStatus(AgreementStatus.Terminated, Today, EndingSoonDays).CountAsync(cancellationToken);
        Findings = (await Quality.QualityReport.TodayAsync(checks, db, cache, clock, cancellationToken)).Open.Count;
        var endingSoon = agreements.WhereStatus(AgreementStatus.EndingSoon, Today, EndingSoonDays);
        EndingSoonCount = await endingSoon.CountAsync(cancellationToken);
        EndingSoon = await endingSoon
            .OrderBy(a => a.EndsOn).ThenBy(a => a.Title).ThenBy(a => a.Id)
            .Take(EndingSoonShown)
            .SelectSummary().ToListAsync(cancellationToken);
        RecentlyAdded = await agreements.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(RecentCount)
            .SelectSummary().ToListAsync(cancellationToken);
        // Open-ended first, then the latest ends: what is in force or upcoming, then what ended most recently.
        var drawn = await agreements
            .OrderBy(a => a.EndsOn == null ? 0 : 1).ThenByDescending(a => a.EndsOn).ThenByDescending(a => a.EffectiveOn).ThenBy(a => a.Id)
            .Take(Timeline.MaxBars)
            .SelectSummary().ToListAsync(cancellationToken);
        Timeline = new Timeline(drawn, total, Today, EndingSoonDays);
    }
}
